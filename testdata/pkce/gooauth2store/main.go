// Package gooauth2store fills go-oauth2's client store in code: the
// desktop client has no secret, so the manager lets it redeem codes
// without authenticating, and the server does not force PKCE.
package gooauth2store

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

func Serve(secret string) error {
	clients := store.NewClientStore()
	_ = clients.Set("portal", &models.Client{ID: "portal", Secret: secret, Domain: "https://portal.example.com"})
	_ = clients.Set("desktop", &models.Client{ID: "desktop", Domain: "http://127.0.0.1"})

	manager := manage.NewDefaultManager()
	manager.MustTokenStorage(store.NewMemoryTokenStore())
	manager.MapClientStorage(clients)
	manager.SetValidateURIHandler(func(base, redirect string) error { return nil })

	srv := server.NewServer(server.NewConfig(), manager) // want `this authorization server lets public clients skip PKCE: server.NewConfig leaves ForcePKCE false`
	srv.SetAllowedResponseType("code")
	srv.SetAllowedGrantType("authorization_code", "refresh_token")
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) { _ = srv.HandleAuthorizeRequest(w, r) })
	http.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) { _ = srv.HandleTokenRequest(w, r) })
	return http.ListenAndServe(":9096", nil)
}

type row struct{ ID, Secret, Domain string }

// FromDatabase mirrors the client table: a row's secret may be empty,
// which makes that client public; the server keeps ForcePKCE false.
func FromDatabase(rows []row) *server.Server {
	cs := store.NewClientStore()
	for _, r := range rows {
		_ = cs.Set(r.ID, &models.Client{ID: r.ID, Secret: r.Secret, Domain: r.Domain})
	}
	m := manage.NewDefaultManager()
	m.MapClientStorage(cs)
	m.SetValidateURIHandler(func(registered, requested string) error { return nil })
	srv := server.NewDefaultServer(m) // want `this authorization server lets public clients skip PKCE: server.NewDefaultServer leaves ForcePKCE false`
	srv.SetAllowedResponseType("code")
	return srv
}
