package e2e_test

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestServerModule runs the built binary, standalone (text and JSON) and
// as go vet's tool, on the fixture identity provider testdata/serverapp:
// package idp composes every fosite handler and keeps fosite's PKCE
// defaults with plain challenges on (four findings, one per rule, at the
// node that decided); package hardened composes only the code, refresh
// and PKCE handlers with EnforcePKCE (nothing); the command that serves
// idp is not where anything is decided (nothing).
func TestServerModule(t *testing.T) {
	t.Parallel()
	const provider = "testdata/serverapp/idp/provider.go"
	wants := []want{
		{"implicitgrant", provider, `return compose.ComposeAllEnabled(config, store, key), nil`,
			`this authorization server allows the implicit grant for every client: compose.ComposeAllEnabled registers fosite's implicit and hybrid factories`},
		{"passwordgrant", provider, `return compose.ComposeAllEnabled(config, store, key), nil`,
			`this authorization server accepts the password grant for every client: compose.ComposeAllEnabled registers fosite's resource owner password credentials factory`},
		{"pkce", provider, `config := &fosite.Config{`,
			`this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`},
		{"challengemethod", provider, `EnablePKCEPlainChallengeMethod: true,`,
			`this authorization server accepts code_challenge_method=plain: it sets EnablePKCEPlainChallengeMethod to true`},
	}
	t.Run("standalone", func(t *testing.T) {
		t.Parallel()
		r := runIn(t, fixtures, oauthvet(t), "./serverapp/...")
		require.Equal(t, 3, r.code, "%s", r)
		require.Empty(t, r.stdout)
		requireFindings(t, findingsIn(t, fixtures, r.stderr), wants, r)
		for _, w := range wants {
			require.Contains(t, r.stderr, "("+w.rule+")\n", "standalone names each finding's rule")
		}
	})
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		r := runIn(t, fixtures, oauthvet(t), "-format=json", "./serverapp/...")
		require.Equal(t, 0, r.code, "%s", r)
		var got []finding
		rules := map[string]int{}
		for _, d := range jsonDiagnostics(t, r.stdout) {
			got = append(got, findingsIn(t, fixtures, d.Posn+": "+d.Message)...)
			rules[d.Category]++
			require.NotEmpty(t, d.End, "%+v", d)
		}
		requireFindings(t, got, wants, r)
		require.Len(t, rules, len(wants), "one finding per rule: %v", rules)
	})
	t.Run("go vet", func(t *testing.T) {
		t.Parallel()
		v := runIn(t, fixtures, goCmd, "vet", "-vettool="+oauthvet(t), "./serverapp/...")
		require.Equal(t, 1, v.code, "%s", v)
		requireFindings(t, findingsIn(t, fixtures, v.stdout+v.stderr), wants, v)
		require.NotContains(t, v.stderr, ".oauthvet.yml", "go vet names its own flags")
		require.Contains(t, v.stderr, "(-passwordgrant.trusted)")
	})
	t.Run("trusted", func(t *testing.T) {
		t.Parallel()
		// -passwordgrant.trusted covers a server's password grant too.
		r := runIn(t, fixtures, oauthvet(t), "-passwordgrant.trusted=example.com/fixtures/serverapp/...", "./serverapp/...")
		require.Equal(t, 3, r.code, "%s", r)
		requireFindings(t, findingsIn(t, fixtures, r.stderr), []want{wants[0], wants[2], wants[3]}, r)
	})
}

// TestStandaloneSDKClientFacts: a zitadel relying party built and
// returned by another package of the module (a function, a method
// returning a field) is judged where a command runs cli.CodeFlow with it,
// through SDKClientFact, standalone with only the commands named and
// under go vet.
func TestStandaloneSDKClientFacts(t *testing.T) {
	t.Parallel()
	wants := []want{
		{"pkce", "testdata/pkce/zitadelpkgsplit/main.go", `tokens := cli.CodeFlow[*oidc.IDTokenClaims](ctx, p, "/cb", "8765", rand.Text)`,
			`authorization code flow without PKCE in a command-line client: cli.CodeFlow sends no code_challenge because the client from party.Plain`},
		{"pkce", "testdata/pkce/zitadelpkgfield/cmd/desk/main.go", `toks := cli.CodeFlow[*oidc.IDTokenClaims](`,
			`authorization code flow without PKCE in a command-line client: cli.CodeFlow sends no code_challenge because the client from (*auth.Session).Party`},
	}
	pkgs := []string{"./pkce/zitadelpkgsplit", "./pkce/zitadelpkgfield/cmd/desk"}
	r := runIn(t, fixtures, oauthvet(t), append([]string{"-pkce"}, pkgs...)...)
	require.Equal(t, 3, r.code, "%s", r)
	requireFindings(t, findingsIn(t, fixtures, r.stderr), wants, r)
	v := runIn(t, fixtures, goCmd, append([]string{"vet", "-vettool=" + oauthvet(t), "-pkce"}, pkgs...)...)
	require.Equal(t, 1, v.code, "%s", v)
	requireFindings(t, findingsIn(t, fixtures, v.stdout+v.stderr), wants, v)
}
