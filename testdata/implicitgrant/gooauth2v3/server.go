// Package gooauth2v3 runs go-oauth2 from its v3 releases under the
// module path without /v4 (github.com/go-oauth2/oauth2 v3.9.2, whose
// packages import gopkg.in/oauth2.v3): NewDefaultServer keeps the token
// response type; a second server allows only code.
package gooauth2v3

import (
	"github.com/go-oauth2/oauth2/manage"
	"github.com/go-oauth2/oauth2/models"
	"github.com/go-oauth2/oauth2/server"
	"github.com/go-oauth2/oauth2/store"
	oauth2 "gopkg.in/oauth2.v3"
)

func OauthServer() *server.Server {
	manager := manage.NewDefaultManager()
	clients := store.NewClientStore()
	clients.Set("000000", &models.Client{ID: "000000", Secret: "999999", Domain: "http://localhost"})
	manager.MapClientStorage(clients)

	srv := server.NewDefaultServer(manager) // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default`
	srv.SetAllowGetAccessRequest(true)
	return srv
}

func CodeOnly(m *manage.Manager) *server.Server {
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}
