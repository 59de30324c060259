package oauthmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// TestNoAuthorizeEndpoint: a go-oauth2 server that stays in its package
// and never has an authorization method called has the authorization
// endpoint's decisions (response types, challenge methods) forbidden,
// while the token endpoint's (PKCE enforcement, grants) keep their
// defaults; so does one in an exported variable, whose authorization
// decisions are left to the importers that serve it (ServedFact); a
// server returned or passed on keeps every default.
func TestNoAuthorizeEndpoint(t *testing.T) {
	s, fset := serverModel(t, "./implicitgrant/gooauth2tokenonly")
	lines := make(map[int][knowledge.NumDecisions]knowledge.Status)
	whys := make(map[int]string)
	for _, sc := range s.Configs {
		var st [knowledge.NumDecisions]knowledge.Status
		for d := range st {
			st[d] = sc.Decisions[d].Status
		}
		line := fset.Position(sc.Node.Pos()).Line
		lines[line] = st
		whys[line] = sc.Decisions[knowledge.Implicit].Why
	}
	for line, why := range map[int]string{
		18: "never serves the server's authorization endpoint", // TokenOnly
		41: "a package that serves its authorization endpoint", // Exported
	} {
		st, ok := lines[line]
		if assert.True(t, ok, "a token-only server at line %d", line) {
			assert.Contains(t, whys[line], why)
			assert.Equal(t, knowledge.Forbidden, st[knowledge.Implicit])
			assert.Equal(t, knowledge.Forbidden, st[knowledge.PlainPKCE])
			assert.Equal(t, knowledge.Allowed, st[knowledge.PKCEPublic], "the token endpoint still enforces PKCE or not")
			assert.Equal(t, knowledge.Allowed, st[knowledge.PKCEAll])
		}
	}
	for _, line := range []int{29, 48} { // returned, passed
		st, ok := lines[line]
		if assert.True(t, ok, "a server at line %d", line) {
			assert.Equal(t, knowledge.Allowed, st[knowledge.Implicit], "line %d", line)
			assert.Equal(t, knowledge.Allowed, st[knowledge.PlainPKCE], "line %d", line)
		}
	}
}
