package oauthmodel_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
)

var testdata = filepath.Join("..", "..", "testdata")

// TestFacts checks the facts exported for helpers (// want name:"fact").
func TestFacts(t *testing.T) {
	analysistest.Run(t, testdata, oauthmodel.Analyzer, "./oauthmodel/helpers", "./oauthmodel/browserfacts")
}

func modelOf(t *testing.T, pkg string) *oauthmodel.Result {
	t.Helper()
	results := analysistest.Run(t, testdata, oauthmodel.Analyzer, pkg)
	require.Len(t, results, 1)
	require.NoError(t, results[0].Err)
	return results[0].Result.(*oauthmodel.Result)
}

func TestModel(t *testing.T) {
	res := modelOf(t, "./oauthmodel/model")
	byFunc := map[string]*oauthmodel.AuthRequest{}
	for _, r := range res.AuthRequests {
		require.NotNil(t, r.Func, "request at %v has no function", r.Node.Pos())
		byFunc[funcName(r)] = r
	}
	require.Len(t, byFunc, 5)

	printed := byFunc["Printed"]
	assert.Equal(t, oauthmodel.RouteAuthCodeURL, printed.Route)
	assert.Equal(t, "code", printed.ResponseType.Value)
	assert.Equal(t, value.Absent, printed.Challenge.Presence)
	assert.Equal(t, "http://127.0.0.1:8085/cb", printed.RedirectURI.Value, "RedirectURL of the config literal")
	require.NotEmpty(t, printed.Sinks)
	assert.Equal(t, oauthmodel.SinkPrinted, printed.Sinks[0].Kind)

	redirected := byFunc["Redirected"]
	assert.Equal(t, value.Present, redirected.Challenge.Presence)
	assert.Equal(t, "S256", redirected.ChallengeMethod.Value)
	assert.True(t, redirected.ChallengeS256)
	require.NotEmpty(t, redirected.Sinks)
	assert.Equal(t, oauthmodel.SinkRedirect, redirected.Sinks[0].Kind, "followed through a local variable")

	opened := byFunc["Opened"]
	assert.Equal(t, oauthmodel.RouteParams, opened.Route)
	assert.Equal(t, "plain", opened.ChallengeMethod.Value)
	require.NotEmpty(t, opened.Sinks, "followed through u.RawQuery and u.String()")
	assert.Equal(t, oauthmodel.SinkBrowser, opened.Sinks[0].Kind)

	escaped := byFunc["Escaped"]
	assert.Equal(t, value.Unknown, escaped.Challenge.Presence, "values passed to unknown code may gain a challenge")

	cond := byFunc["Conditional"]
	assert.False(t, cond.ResponseType.Known)
	assert.ElementsMatch(t, []string{"code", "token"}, cond.ResponseType.Possible)
	rt, ok := cond.ImplicitResponseType()
	assert.True(t, ok)
	assert.Equal(t, "token", rt)

	require.Len(t, res.TokenRequests, 1)
	tok := res.TokenRequests[0]
	assert.Equal(t, oauthmodel.GrantAuthCode, tok.GrantType.Value)
	assert.Equal(t, value.Present, tok.Verifier.Presence)
	assert.Same(t, printed.Config, tok.Config, "paired through the same oauth2.Config variable")
}

func funcName(r *oauthmodel.AuthRequest) string {
	if fd, ok := r.Func.(*ast.FuncDecl); ok {
		return fd.Name.Name
	}
	return ""
}

func TestClassifyRedirect(t *testing.T) {
	for uri, want := range map[string]oauthmodel.RedirectKind{
		"http://127.0.0.1:8085/callback":        oauthmodel.RedirectLoopback,
		"http://[::1]:8085/callback":            oauthmodel.RedirectLoopback,
		"http://localhost/cb":                   oauthmodel.RedirectLoopback,
		"http://127.0.0.1:" + value.Hole + "/c": oauthmodel.RedirectLoopback,
		"urn:ietf:wg:oauth:2.0:oob":             oauthmodel.RedirectOOB,
		"urn:ietf:wg:oauth:2.0:oob:auto":        oauthmodel.RedirectOOB,
		"com.example.app:/oauth2redirect":       oauthmodel.RedirectPrivateScheme,
		"https://app.example.com/callback":      oauthmodel.RedirectWeb,
		value.Hole + "/callback":                oauthmodel.RedirectUnknown,
		"http://" + value.Hole + "/callback":    oauthmodel.RedirectUnknown,
		"mailto:someone":                        oauthmodel.RedirectUnknown,
	} {
		assert.Equal(t, want, oauthmodel.ClassifyRedirect(uri), uri)
	}
}
