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
// defaults; a server that leaves the package keeps every default.
func TestNoAuthorizeEndpoint(t *testing.T) {
	s, fset := serverModel(t, "./implicitgrant/gooauth2tokenonly")
	lines := make(map[int][knowledge.NumDecisions]knowledge.Status)
	for _, sc := range s.Configs {
		var st [knowledge.NumDecisions]knowledge.Status
		for d := range st {
			st[d] = sc.Decisions[d].Status
		}
		lines[fset.Position(sc.Node.Pos()).Line] = st
		if fset.Position(sc.Node.Pos()).Line == 17 {
			assert.Contains(t, sc.Decisions[knowledge.Implicit].Why, "never serves the server's authorization endpoint")
		}
	}
	tokenOnly, ok := lines[17]
	if assert.True(t, ok, "TokenOnly's server at line 17") {
		assert.Equal(t, knowledge.Forbidden, tokenOnly[knowledge.Implicit])
		assert.Equal(t, knowledge.Forbidden, tokenOnly[knowledge.PlainPKCE])
		assert.Equal(t, knowledge.Allowed, tokenOnly[knowledge.PKCEPublic], "the token endpoint still enforces PKCE or not")
		assert.Equal(t, knowledge.Allowed, tokenOnly[knowledge.PKCEAll])
	}
	for _, line := range []int{28, 39, 46} { // returned, exported, passed
		st, ok := lines[line]
		if assert.True(t, ok, "a server at line %d", line) {
			assert.Equal(t, knowledge.Allowed, st[knowledge.Implicit], "line %d", line)
			assert.Equal(t, knowledge.Allowed, st[knowledge.PlainPKCE], "line %d", line)
		}
	}
}
