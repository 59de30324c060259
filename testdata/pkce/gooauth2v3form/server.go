// Package gooauth2v3form: a go-oauth2 v3 server that authenticates
// clients with server.ClientFormHandler, which in v3 refuses every token
// request without a client_secret. No client can be public, so no
// public client skips PKCE: silent, though v3 has no PKCE at all. The
// server beside it keeps v3's Basic handler, which takes an empty
// password for a client registered without a secret: reported.
package gooauth2v3form

import (
	"github.com/go-oauth2/oauth2/manage"
	"github.com/go-oauth2/oauth2/server"
	"github.com/go-oauth2/oauth2/store"
)

func FormOnly() *server.Server {
	m := manage.NewDefaultManager()
	m.MapClientStorage(store.NewClientStore())
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedResponseType("code")
	srv.SetClientInfoHandler(server.ClientFormHandler)
	return srv
}

func BasicAuth() *server.Server {
	m := manage.NewDefaultManager()
	m.MapClientStorage(store.NewClientStore())
	srv := server.NewServer(server.NewConfig(), m) // want `this authorization server lets public clients skip PKCE: this go-oauth2 release has no PKCE support at all`
	srv.SetAllowedResponseType("code")
	srv.SetClientInfoHandler(server.ClientBasicHandler)
	return srv
}
