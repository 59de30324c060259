// Package oauth configures a go-oauth2 server in an exported variable
// and serves its token endpoint; package web serves its authorization
// endpoint with a user authorization handler, and is where the server's
// defaults are reported.
package oauth

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

var (
	mgr = manage.NewDefaultManager()
	Srv = server.NewServer(server.NewConfig(), mgr)
)

func init() {
	mgr.MustTokenStorage(store.NewMemoryTokenStore())
	mgr.MapClientStorage(store.NewClientStore())
}

func Token(w http.ResponseWriter, r *http.Request) {
	if err := Srv.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}
