// Package gooauth2server: go-oauth2 servers with and without ForcePKCE.
package gooauth2server

import (
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Default(m *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(m) // want `this authorization server lets public clients skip PKCE: server.NewDefaultServer leaves ForcePKCE false; .*set ForcePKCE: true in server.Config`
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}

func Forced(m *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(m)
	srv.Config.ForcePKCE = true
	return srv
}

func Literal(m *manage.Manager) *server.Server {
	return server.NewServer(&server.Config{ // want `this authorization server lets public clients skip PKCE: server.Config leaves ForcePKCE false`
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code},
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256},
	}, m)
}
