package oauthmodel_test

import (
	"fmt"
	"go/ast"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// TestServerConfigGinServer: github.com/go-oauth2/gin-server's InitServer
// is a go-oauth2 server with NewDefaultServer's defaults; its
// package-level setters apply to it and not to the manager made beside
// it; ForcePKCE is looked up in the package of the server InitServer
// returns, not in the wrapper's.
func TestServerConfigGinServer(t *testing.T) {
	s, fset := serverModel(t, "./passwordgrant/ginserver")
	var server, manager int
	for _, sc := range s.Configs {
		assert.Equal(t, "go-oauth2", sc.Library)
		switch callName(sc.Node) {
		case "InitServer":
			server++
			pw := sc.Decisions[knowledge.Password]
			assert.Equal(t, knowledge.Allowed, pw.Status)
			assert.Equal(t, "SetPasswordAuthorizationHandler", callName(pw.Node), "the gate decides, at %v", fset.Position(pw.Node.Pos()))
			assert.Contains(t, pw.Why, "ginserver.InitServer (server.NewDefaultServer) allows the password grant by default")
			pkce := sc.Decisions[knowledge.PKCEPublic]
			assert.Equal(t, knowledge.Allowed, pkce.Status)
			assert.Contains(t, pkce.Why, "leaves ForcePKCE false", "this release has ForcePKCE")
			assert.True(t, pkce.Default)
			assert.Equal(t, knowledge.Allowed, sc.Decisions[knowledge.Implicit].Status)
			assert.Equal(t, knowledge.Allowed, sc.Decisions[knowledge.PlainPKCE].Status)
		case "NewDefaultManager":
			manager++
			assert.Equal(t, knowledge.Unknown, sc.Decisions[knowledge.Password].Status, "a server's setter does not decide for the manager")
		}
	}
	assert.Equal(t, 1, server)
	assert.Equal(t, 1, manager)

	// The server kept in a field; a setter on it, and a package-level
	// one called from another function.
	s, _ = serverModel(t, "./implicitgrant/ginserverapp")
	require.Len(t, s.Configs, 1)
	imp := s.Configs[0].Decisions[knowledge.Implicit]
	assert.Equal(t, knowledge.Allowed, imp.Status)
	assert.Equal(t, "SetAllowedResponseType", callName(imp.Node))
	assert.False(t, imp.Default)

	s, _ = serverModel(t, "./implicitgrant/ginservercode")
	for _, sc := range s.Configs {
		if callName(sc.Node) == "InitServer" {
			assert.Equal(t, knowledge.Forbidden, sc.Decisions[knowledge.Implicit].Status)
		}
	}
	s, _ = serverModel(t, "./implicitgrant/ginserverflags")
	require.Len(t, s.Configs, 1)
	assert.Equal(t, knowledge.Unknown, s.Configs[0].Decisions[knowledge.Implicit].Status, "types from the caller")
}

// TestIfaceClientConstructor: an op.Client type whose lists come from a
// constructor's parameters is one registration per call of the
// constructor, read from the call's arguments (a slice, a variable
// holding one, variadic elements); arguments the code does not fix leave
// the registration unknown.
func TestIfaceClientConstructor(t *testing.T) {
	s, fset := serverModel(t, "./implicitgrant/zitadelopctor")
	require.Len(t, s.Clients, 4, "one per newClient call, none for the literal of an unexported constructor")
	var lists []string
	for _, c := range s.Clients {
		assert.True(t, c.Known, "at %v", fset.Position(c.Node.Pos()))
		assert.Equal(t, "CallExpr", nodeKind(c.Node))
		lists = append(lists, strings.Join(c.ResponseTypes, ",")+"/"+strings.Join(c.GrantTypes, ","))
		asks := c.Asks[knowledge.Implicit].Node != nil
		assert.Equal(t, anyToken(c.ResponseTypes), asks, "at %v: %v", fset.Position(c.Node.Pos()), c.ResponseTypes)
	}
	assert.ElementsMatch(t, []string{
		"code/authorization_code,refresh_token",
		"code,id_token token/authorization_code,implicit",
		"id_token token/implicit", // through var implicitTypes
		"id_token/implicit",
	}, lists)

	s, fset = serverModel(t, "./implicitgrant/zitadelopctor2")
	require.Len(t, s.Clients, 3)
	var known, unknown int
	for _, c := range s.Clients {
		if !c.Known {
			unknown++
			assert.Nil(t, c.Asks[knowledge.Implicit].Node, "a configuration's types: silent at %v", fset.Position(c.Node.Pos()))
			continue
		}
		known++
		if anyToken(c.ResponseTypes) {
			assert.Equal(t, []string{"id_token", "id_token token"}, c.ResponseTypes)
			assert.Equal(t, "SelectorExpr", nodeKind(c.Asks[knowledge.Implicit].Node), "the element that asks")
		}
	}
	assert.Equal(t, 2, known)
	assert.Equal(t, 1, unknown)
}

func anyToken(list []string) bool {
	for _, s := range list {
		if s == "id_token token" || s == "token" {
			return true
		}
	}
	return false
}

func nodeKind(n ast.Node) string {
	return strings.TrimPrefix(fmt.Sprintf("%T", n), "*ast.")
}
