package pkce_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/pkce"
)

var testdata = filepath.Join("..", "..", "testdata")

func TestPKCE(t *testing.T) {
	analysistest.Run(t, testdata, pkce.Analyzer,
		"./pkce/loopback", "./pkce/webapp", "./pkce/authurl/...", "./pkce/authhandler", "./pkce/googleparams", "./pkce/handbuilt", "./pkce/device", "./pkce/callbackserver", "./pkce/suppressed", "./pkce/localpage", "./pkce/proxied", "./pkce/devserver", "./pkce/constverifier", "./pkce/emptychallenge", "./pkce/emptychallenge2/...", "./pkce/githubstyle/...", "./pkce/typesonly/...", "./pkce/storedflow", "./pkce/paths", "./pkce/pathswitch", "./pkce/fields/...", "./pkce/fieldopts", "./pkce/optfunc", "./pkce/optfunc2", "./pkce/branchoption", "./pkce/branchoption2/...", "./pkce/printedformat", "./pkce/keptverifier", "./pkce/keptverifier2", "./pkce/appendedchallenge", "./pkce/appendedchallenge2", "./pkce/exprand",
		"./pkce/depcaller", "./pkce/kitcaller", "./pkce/testvariant/...", "./pkce/harness/...", "./pkce/anyaddr/...", "./pkce/browserwrap/...", "./pkce/oauth2cli/...", "./pkce/verifierstate", "./pkce/verifierstate2", "./pkce/verifierstate3", "./pkce/verifierstate4", "./pkce/verifierstate5", "./pkce/verifierstate6/...", "./pkce/browserdep/...", "./pkce/browseriface/...", "./pkce/ephemeralpage", "./pkce/hashedbuffer", "./pkce/hashedbuffer2", "./pkce/ephemeralpage2/...", "./pkce/logprinted/...", "./pkce/freshverifier/...", "./pkce/freshverifierpair", "./pkce/openapidoc", "./pkce/freshverifierpair2", "./pkce/keptrecord", "./pkce/keptrecord2/...", "./pkce/debugprint", "./pkce/debugprint2", "./pkce/urlhelper/...", "./pkce/cobraprint2", "./pkce/mathrandverifier", "./pkce/mathrandverifier2/...", "./pkce/mathrandverifier3", "./pkce/challengehelper/...", "./pkce/nosecret/...", "./pkce/fieldoptsparam", "./pkce/fieldoptsparam2", "./pkce/printhelper/...", "./pkce/nosecret2/...", "./pkce/challengehelper2/...", "./pkce/challengehelper3/...", "./pkce/webuiprinted2", "./pkce/localseam", "./pkce/localseam2", "./pkce/localseamweb", "./pkce/ownpage", "./pkce/ownpage2/...", "./gui/...",
		// Serverless functions (not command-line clients) and copies of oauth2cli under other paths.
		"./pkce/lambdafunc", "./pkce/lambdafunc2", "./pkce/oauth2clifork/...", "./pkce/oauth2clifork2/...",
		// A config without a secret beside a hand-built token request that sends one.
		"./pkce/handsecret", "./pkce/handsecret2")
}

// TestServers: authorization servers that let public clients skip PKCE.
func TestServers(t *testing.T) {
	analysistest.Run(t, testdata, pkce.Analyzer, "./pkce/fositehelper", "./pkce/fositeparam", "./pkce/fositeconfidential", "./pkce/osinserver", "./pkce/fositefork/...", "./pkce/ginserver", "./pkce/ginserverforced", "./pkce/gooauth2v3", "./pkce/redeemonly", "./pkce/redeemonly2/...", "./pkce/sendsown", "./pkce/forwardsform", "./pkce/osinconfigsecret", "./pkce/osinconfigsecret2", "./pkce/redeemonly3", "./pkce/auth0mgmt", "./pkce/auth0mgmtupdate", "./pkce/gooauth2store", "./pkce/gooauth2confidential", "./pkce/gooauth2v3form", "./pkce/gooauth2v3form2/...",
		// Servers that redeem no authorization code: PKCE is moot.
		"./pkce/nocode", "./redirecturi/nocode", "./redirecturi/nocode/literal", "./redirecturi/nocode/osinmachine",
		// Keycloak public clients registered without the PKCE attribute.
		"./pkce/keycloakpublic", "./pkce/keycloakpublic2",
		// Hand-written token endpoints: no PKCE at all, or PKCE checked here or in another package of the module.
		"./pkce/handserver", "./pkce/handserver2/...", "./pkce/loggedgrant", "./pkce/loggedgrant2", "./pkce/handserversafe", "./pkce/handserversafe2/...", "./pkce/handserverproxy", "./pkce/behindproxy", "./pkce/behindproxy2/...", "./pkce/inlineoptional", "./pkce/inlineoptional2/...", "./pkce/inlineoptionalsafe",
		// Token endpoints that authenticate every client: no public clients.
		"./pkce/clientauth", "./pkce/clientauth2", "./pkce/clientauthoptional",
		// Token endpoints that bind the request into a struct: public clients, or none.
		"./pkce/boundtoken/...", "./pkce/boundtoken2", "./pkce/clientauthbranch", "./pkce/clientauthbranch2", "./pkce/clientauthbranch3", "./pkce/clientauthelseif/...", "./pkce/clientauthelseif2",
		// A configuration handed to another package's function that composes the server.
		"./pkce/fositebuilder/...", "./pkce/fositeconfigpkg2/...",
		// Clients of the program's own type that are never public.
		"./pkce/fositeownclient", "./pkce/fositeownclient2", "./pkce/fositeownclientpublic",
		// PKCE checked only for codes issued with a challenge.
		"./pkce/optionalserver", "./pkce/optionalserver2", "./pkce/optionalserversafe",
		"./pkce/downgrade", "./pkce/downgrade2", "./pkce/downgradesafe",
		// The same with the request struct declared in another package.
		"./pkce/downgrade3/...", "./pkce/downgrade4/...", "./pkce/downgradesafe2/...",
		"./pkce/downgrade5", "./pkce/downgrade6", "./pkce/downgradesafe3", "./pkce/deadvalidate",
		// An authorization request struct whose tag requires code_challenge, validated or bound.
		"./pkce/requiredchallenge", "./pkce/requiredchallenge2/...", "./pkce/requiredchallenge3",
		"./pkce/verifierrequired", "./pkce/verifierrequired2", "./pkce/tableauth", "./pkce/tableauth2", "./pkce/relayverifier", "./pkce/relayverifier2/...", "./pkce/tokenonlylib/...", "./pkce/tokenonlyprivate", "./pkce/tokenonlyserved/...", "./oauthstate/ownlink2",
		"./pkce/fositeexamplestore", "./pkce/fositeexamplestore2",
		// A package that installs its server's handlers but no user authorization handler.
		"./implicitgrant/handlerspkg", "./implicitgrant/handlerspkg2/...")
}

// TestSDK runs SDK clients whose flows the knowledge tables describe:
// zitadel/oidc relying parties, go-auth0's code exchange.
func TestSDK(t *testing.T) {
	analysistest.Run(t, testdata, pkce.Analyzer, "./pkce/zitadelcli", "./pkce/zitadellocal", "./pkce/zitadelweb", "./pkce/auth0cli", "./pkce/auth0web", "./pkce/auth0split/...", "./pkce/zitadelsplit/...")
}

func TestPKCEFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, pkce.Analyzer, "./pkce/quickstart", "./pkce/useless", "./pkce/verifierinurl", "./pkce/fositeserver", "./pkce/gooauth2server")
}

// TestOldFosite: fosite before v0.30 took a hasher before compose.Compose's
// factories; the fixture is a module of its own pinned to v0.29.2.
func TestOldFosite(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata", "fositev029"), pkce.Analyzer, "./...")
}

// TestOsinBeforePKCE: a public client of the osin of 2015 (no PKCE in
// that release): the finding names the release to move to.
func TestOsinBeforePKCE(t *testing.T) {
	analysistest.Run(t, filepath.Join("..", "..", "testdata", "osin2015"), pkce.Analyzer, "./public/...", "./confidential/...")
}

func TestConfidential(t *testing.T) {
	a := pkce.New()
	require.NoError(t, a.Flags.Set("confidential", "true"))
	analysistest.Run(t, testdata, a, "./pkce/confidential", "./pkce/confidential/authserver", "./pkce/confidential/fositeown", "./pkce/confidential/boundtoken")
}

// TestBrowserApp analyses a js/wasm program as its build would.
func TestBrowserApp(t *testing.T) {
	t.Setenv("GOOS", "js")
	t.Setenv("GOARCH", "wasm")
	analysistest.Run(t, testdata, pkce.Analyzer, "./pkce/wasm")
}

// TestFetchedByTheProgram: a program that requests the authorization URL
// itself is no native app; with -pkce.confidential it is reported as a
// client of unknown kind, with neither the terminal nor stdin as evidence.
func TestFetchedByTheProgram(t *testing.T) {
	a := pkce.New()
	require.NoError(t, a.Flags.Set("confidential", "true"))
	results := analysistest.Run(&testing.T{}, testdata, a, "./pkce/harness/...")
	require.Len(t, results, 2)
	for _, r := range results {
		require.Len(t, r.Diagnostics, 1, r.Pass.Pkg.Path())
		msg := r.Diagnostics[0].Message
		require.Contains(t, msg, "in code whose client kind is unknown: ", r.Pass.Pkg.Path())
		require.Contains(t, msg, "the configuration asks for PKCE in every client (-pkce.confidential)", r.Pass.Pkg.Path())
		require.NotContains(t, msg, "terminal", r.Pass.Pkg.Path())
		require.NotContains(t, msg, "stdin", r.Pass.Pkg.Path())
	}
}
