// Package oauthsrv sets up go-oauth2 in init, in an exported variable,
// with plain PKCE and the token response type left at their defaults;
// its own handler type serves only the token endpoint.
package oauthsrv

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

var Server *server.Server

func init() {
	m := manage.NewDefaultManager()
	m.MustTokenStorage(store.NewMemoryTokenStore())
	Server = server.NewServer(server.NewConfig(), m)
	Server.Config.ForcePKCE = true
}

type Tokens struct{}

func (Tokens) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := Server.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
