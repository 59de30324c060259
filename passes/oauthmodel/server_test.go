package oauthmodel_test

import (
	"go/ast"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// serverModel runs the model on one fixture package and returns its
// server side with the file set, to name the deciding nodes.
func serverModel(t *testing.T, pkg string) (oauthmodel.ServerSide, *token.FileSet) {
	t.Helper()
	// The fixtures' want comments are the rules'; the model reports
	// nothing, so a throwaway T takes analysistest's complaints about them.
	results := analysistest.Run(&testing.T{}, testdata, oauthmodel.Analyzer, pkg)
	require.Len(t, results, 1)
	require.NoError(t, results[0].Err)
	return results[0].Result.(*oauthmodel.Result).Server, results[0].Pass.Fset
}

// callName is the called function's name at a decision's node.
func callName(n ast.Node) string {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return ""
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

func TestServerConfigGoOAuth2(t *testing.T) {
	s, fset := serverModel(t, "./implicitgrant/gooauth2server")
	require.Len(t, s.Configs, 2, "one per NewDefaultServer call")
	public, internal := s.Configs[0], s.Configs[1]
	for _, sc := range s.Configs {
		assert.Equal(t, "go-oauth2", sc.Library)
		assert.Equal(t, "NewDefaultServer", callName(sc.Node))
	}

	imp := public.Decisions[knowledge.Implicit]
	assert.Equal(t, knowledge.Allowed, imp.Status)
	assert.True(t, imp.Default, "the constructor's default decides")
	assert.Same(t, public.Node, imp.Node)

	// Setters apply to the server held in the same variable only.
	imp = internal.Decisions[knowledge.Implicit]
	assert.Equal(t, knowledge.Forbidden, imp.Status)
	assert.Equal(t, "SetAllowedResponseType", callName(imp.Node), "at %v", fset.Position(imp.Node.Pos()))
	assert.False(t, imp.Default)

	pw := public.Decisions[knowledge.Password]
	assert.Equal(t, knowledge.Forbidden, pw.Status, "SetAllowedGrantType without password")
	assert.Equal(t, "SetAllowedGrantType", callName(pw.Node))
	pw = internal.Decisions[knowledge.Password]
	assert.Equal(t, knowledge.Forbidden, pw.Status, "allowed by default, but no password handler makes it usable")
	assert.Contains(t, pw.Why, "SetPasswordAuthorizationHandler")

	for _, sc := range s.Configs {
		assert.Equal(t, knowledge.Allowed, sc.Decisions[knowledge.PKCEPublic].Status)
		assert.Equal(t, knowledge.Allowed, sc.Decisions[knowledge.PlainPKCE].Status)
	}
	assert.Empty(t, s.Clients)
}

func TestServerConfigFositeClients(t *testing.T) {
	s, _ := serverModel(t, "./implicitgrant/fositecodeclients")
	require.Len(t, s.Configs, 1)
	sc := s.Configs[0]
	assert.Equal(t, "fosite", sc.Library)
	assert.Equal(t, knowledge.Allowed, sc.Decisions[knowledge.Implicit].Status, "ComposeAllEnabled")
	assert.Equal(t, knowledge.Forbidden, sc.Decisions[knowledge.PKCEAll].Status, "EnforcePKCE: true")
	assert.Equal(t, knowledge.Forbidden, sc.Decisions[knowledge.PKCEPublic].Status, "follows from EnforcePKCE")
	assert.Equal(t, knowledge.Forbidden, sc.Decisions[knowledge.PlainPKCE].Status, "zero value of EnablePKCEPlainChallengeMethod")

	require.Len(t, sc.Clients, 2)
	byPublic := map[knowledge.Status]*oauthmodel.StaticClient{}
	for _, c := range sc.Clients {
		byPublic[c.Public] = c
	}
	require.Contains(t, byPublic, knowledge.Allowed)
	require.Contains(t, byPublic, knowledge.Forbidden)
	assert.Equal(t, []string{"code"}, byPublic[knowledge.Allowed].ResponseTypes, "DefaultClient's default response type")
	assert.Equal(t, []string{"authorization_code", "refresh_token"}, byPublic[knowledge.Forbidden].GrantTypes)
	assert.False(t, sc.Usable(knowledge.Implicit), "no client may use a token response type")
	assert.True(t, sc.Usable(knowledge.PKCEPublic), "one client is public")
}

func TestServerConfigUnknown(t *testing.T) {
	s, fset := serverModel(t, "./pkce/fositehelper")
	var fromFile *oauthmodel.ServerConfig
	for _, sc := range s.Configs {
		if fset.Position(sc.Node.Pos()).Line == 59 {
			fromFile = sc
		}
	}
	require.NotNil(t, fromFile, "FromFile's compose.Compose")
	for _, d := range []knowledge.Decision{knowledge.PKCEPublic, knowledge.PKCEAll, knowledge.PlainPKCE} {
		assert.Equal(t, knowledge.Unknown, fromFile.Decisions[d].Status, "%v: configuration read from a file", d)
	}
	assert.Equal(t, knowledge.Forbidden, fromFile.Decisions[knowledge.Implicit].Status, "the factories are in code")
}

func TestRedirectChecks(t *testing.T) {
	s, _ := serverModel(t, "./redirecturi/handwritten")
	var hows []string
	for _, rc := range s.RedirectChecks {
		hows = append(hows, rc.How)
	}
	assert.ElementsMatch(t, []string{"strings.HasPrefix", "strings.HasSuffix", "(*regexp.Regexp).MatchString", "path.Match"}, hows,
		"the scheme, fragment and exact comparisons are not recorded")
	for _, rc := range s.RedirectChecks {
		if rc.How == "strings.HasSuffix" {
			assert.Equal(t, ".example.com", rc.Constant)
		}
	}
}
