package passwordgrant_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/passwordgrant"
)

var testdata = filepath.Join("..", "..", "testdata")

func TestPasswordGrant(t *testing.T) {
	analysistest.Run(t, testdata, passwordgrant.Analyzer, "./passwordgrant/ropc", "./passwordgrant/openapidoc", "./passwordgrant/firstparty", "./passwordgrant/firstparty2/...", "./passwordgrant/claimsswitch", "./passwordgrant/claimsswitch2", "./passwordgrant/guestaccount", "./passwordgrant/guestaccount2", "./passwordgrant/stubgrant", "./passwordgrant/echoreturn", "./passwordgrant/echoreturn2/...", "./passwordgrant/echodispatch", "./passwordgrant/azidentity/...", "./passwordgrant/issuedrecord/...", "./passwordgrant/issuedrecord2", "./passwordgrant/issuedrecord3", "./passwordgrant/gooauth2perclient", "./passwordgrant/fositeassign", "./passwordgrant/fositeclients", "./passwordgrant/auth0mgmt", "./passwordgrant/zitadelopinert", "./passwordgrant/cron", "./passwordgrant/traps", "./passwordgrant/sdk", "./passwordgrant/sdkcaller",
		"./passwordgrant/fositeserver", "./passwordgrant/gooauth2server", "./passwordgrant/gooauth2nohandler", "./passwordgrant/osinserver", "./passwordgrant/osinappend",
		"./passwordgrant/ginserver", "./passwordgrant/ginserverapp", "./passwordgrant/ginserverrestricted", "./passwordgrant/ginservernohandler",
		"./passwordgrant/depcaller", "./passwordgrant/kitcaller", "./passwordgrant/branchgrant", "./passwordgrant/branchgrant2/...", "./passwordgrant/mapindex", "./passwordgrant/gooauth2stringer", "./passwordgrant/ginserverstringer/...",
		"./passwordgrant/handbuilt", "./passwordgrant/handbuilt2/...", "./passwordgrant/handbuiltsafe/...", "./passwordgrant/auditrecord", "./passwordgrant/handbuilt3/...", "./passwordgrant/handedon/...", "./passwordgrant/registry", "./passwordgrant/registry2", "./passwordgrant/registrysafe",
		// A predicate that names the password grant issues nothing.
		"./passwordgrant/grantpredicate", "./passwordgrant/grantpredicate2",
		// Grants named in struct literals, SDK clients handed in, allow-all servers.
		"./passwordgrant/literalgrant", "./passwordgrant/literalgrant2", "./passwordgrant/sdkimport/...", "./passwordgrant/sdkimport2", "./passwordgrant/gooauth2allowall",
		// Settings a program loads are not the request it serves.
		"./passwordgrant/loadedsettings/...", "./passwordgrant/loadedsettings2")
}

// TestTrusted runs two configurations in one process: the shared
// Analyzer reports the trusted package, a configured one does not.
func TestTrusted(t *testing.T) {
	a := passwordgrant.New()
	require.NoError(t, a.Flags.Set("trusted", "example.com/fixtures/passwordgrant/trusted/..."))
	results := analysistest.Run(t, testdata, a, "./passwordgrant/trusted/...")
	require.Len(t, results, 2, "auth and the command that calls it")
	for _, r := range results {
		require.Empty(t, r.Diagnostics, "%s: trust follows the decision, made in auth", r.Pass.Pkg.Path())
	}

	// Untrusted, the grant is reported once, where it is decided.
	untrusted := analysistest.Run(&testing.T{}, testdata, passwordgrant.Analyzer, "./passwordgrant/trusted/...")
	require.Len(t, untrusted, 2)
	for _, r := range untrusted {
		if r.Pass.Pkg.Name() == "main" {
			require.Empty(t, r.Diagnostics, "the caller in the same module")
			continue
		}
		require.Len(t, r.Diagnostics, 1)
		require.Contains(t, r.Diagnostics[0].Message, "password credentials grant")
		require.Contains(t, r.Diagnostics[0].Message, "if example.com/fixtures/passwordgrant/trusted/auth is trusted")
	}
}

// TestTrustedServer: -passwordgrant.trusted covers a server's password
// grant as it covers a client's.
func TestTrustedServer(t *testing.T) {
	a := passwordgrant.New()
	require.NoError(t, a.Flags.Set("trusted", "example.com/fixtures/passwordgrant/trustedserver/..."))
	results := analysistest.Run(t, testdata, a, "./passwordgrant/trustedserver/...")
	require.Len(t, results, 1)
	require.Empty(t, results[0].Diagnostics)
	untrusted := analysistest.Run(&testing.T{}, testdata, passwordgrant.Analyzer, "./passwordgrant/trustedserver/...")
	require.Len(t, untrusted, 1)
	require.Len(t, untrusted[0].Diagnostics, 1)
	require.Contains(t, untrusted[0].Diagnostics[0].Message, "this authorization server accepts the password grant")
}

// TestSDK runs go-auth0 and gocloak clients: the SDK tables say which
// methods always send the password grant, without analysing the SDK.
func TestSDK(t *testing.T) {
	analysistest.Run(t, testdata, passwordgrant.Analyzer, "./passwordgrant/auth0login", "./passwordgrant/keycloakadmin/...", "./passwordgrant/msalropc", "./passwordgrant/gocloakv10", "./passwordgrant/gocloakv11", "./passwordgrant/gocloakv12", "./passwordgrant/gocloakv7", "./passwordgrant/gocloakv5",
		// SDKs behind interfaces of the program's own.
		"./passwordgrant/sdkiface", "./passwordgrant/sdkiface2/...", "./passwordgrant/sdkifacefake")
}

// TestTrustedSDK: -passwordgrant.trusted applies to SDK calls too.
func TestTrustedSDK(t *testing.T) {
	a := passwordgrant.New()
	require.NoError(t, a.Flags.Set("trusted", "example.com/fixtures/passwordgrant/trustedsdk"))
	results := analysistest.Run(t, testdata, a, "./passwordgrant/trustedsdk")
	require.Len(t, results, 1)
	require.Empty(t, results[0].Diagnostics)

	untrusted := analysistest.Run(&testing.T{}, testdata, passwordgrant.Analyzer, "./passwordgrant/trustedsdk")
	require.Len(t, untrusted, 1)
	require.Len(t, untrusted[0].Diagnostics, 1)
	require.Contains(t, untrusted[0].Diagnostics[0].Message, "(*authentication.OAuth).LoginWithPassword sends grant_type=password when Realm is empty")
}

func TestTrustedFlagRejectsMalformedPatterns(t *testing.T) {
	for _, bad := range []string{"./internal/...", "/abs/path", "example.com//x", "example.com/a b", "example.com/x/"} {
		a := passwordgrant.New()
		require.Error(t, a.Flags.Set("trusted", bad), bad)
	}
	a := passwordgrant.New()
	require.NoError(t, a.Flags.Set("trusted", "example.com/app/auth, example.com/tools/..."))
}

// TestClientRegistrations: clients registered with an authorization
// server through its admin API (Keycloak through gocloak) that switch the
// password grant on.
func TestClientRegistrations(t *testing.T) {
	analysistest.Run(t, testdata, passwordgrant.Analyzer, "./passwordgrant/keycloakreg", "./passwordgrant/keycloakreg2/...")
}
