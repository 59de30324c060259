package insecureendpoint_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/insecureendpoint"
)

var testdata = filepath.Join("..", "..", "testdata")

func TestInsecureEndpoint(t *testing.T) {
	analysistest.Run(t, testdata, insecureendpoint.Analyzer,
		"./insecureendpoint/endpoints", "./insecureendpoint/handbuilt", "./insecureendpoint/skipverify",
		"./insecureendpoint/skipverify2", "./insecureendpoint/native", "./insecureendpoint/native2", "./insecureendpoint/cobraprint", "./insecureendpoint/localhostport", "./insecureendpoint/localhostjoin", "./insecureendpoint/localhostjoin2", "./insecureendpoint/webuiprinted", "./insecureendpoint/localhostport2",
		"./insecureendpoint/loopbackcli", "./insecureendpoint/placeholders", "./insecureendpoint/placeholders2", "./insecureendpoint/printedformat2/...", "./insecureendpoint/defaultclient", "./insecureendpoint/defaultclient2", "./insecureendpoint/defaultclientflag",
		"./insecureendpoint/execwrapper/...", "./insecureendpoint/execwrapper2",
		"./insecureendpoint/oauth2clibind/...", "./insecureendpoint/oauth2clibind2",
		"./insecureendpoint/pastelanding/...", "./insecureendpoint/pastelanding2", "./insecureendpoint/pastelanding3",
		"./insecureendpoint/portprobe/...", "./insecureendpoint/portprobe2", "./insecureendpoint/printhelper2/...", "./insecureendpoint/pkgvarlisten", "./insecureendpoint/pkgvarlisten2",
		"./insecureendpoint/servelistener", "./insecureendpoint/servelistener2", "./insecureendpoint/servelistener3",
		"./insecureendpoint/skipverifyflag", "./insecureendpoint/skipverifyflag2",
		// Login handlers built by factories that take the config.
		"./insecureendpoint/handlerfactory", "./insecureendpoint/handlerfactory2", "./insecureendpoint/handlerfactorysafe",
		// SDK clients built on a base URL.
		"./insecureendpoint/sdkbaseurl", "./insecureendpoint/sdkbaseurl2",
		// Token requests handed to a send helper of the package.
		"./insecureendpoint/sendhelper", "./insecureendpoint/sendhelper2",
		// Hosts under a public domain, the name unknown.
		"./insecureendpoint/publicsuffix", "./insecureendpoint/publicsuffix2",
		// Transports wrapped by the program or a tracing package.
		"./insecureendpoint/wrappedtransport", "./insecureendpoint/wrappedtransport2/...",
		// Verification off after an early return on a setting.
		"./insecureendpoint/skipverifyreturn", "./insecureendpoint/skipverifyreturn2")
}
