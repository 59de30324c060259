// Package oauth configures a go-oauth2 server with its defaults (code
// and token response types) in an exported variable, and serves its
// token endpoint. No package of the program serves the authorization
// endpoint: no implicit grant is reachable.
package oauth

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

var Srv = server.NewServer(server.NewConfig(), newManager())

func newManager() *manage.Manager {
	m := manage.NewDefaultManager()
	m.MustTokenStorage(store.NewMemoryTokenStore())
	return m
}

// Token is the program's /oauth/token handler.
func Token(w http.ResponseWriter, r *http.Request) {
	if err := Srv.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
