// Package authz2 builds the copy's default server in a constructor and
// routes its endpoints through a method.
package authz2

import (
	"net/http"

	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/manage"
	"example.com/fixtures/implicitgrant/gooauth2part/oauth2/server"
)

type IDP struct{ srv *server.Server }

func New() *IDP {
	return &IDP{srv: server.NewDefaultServer(manage.NewDefaultManager())} // want `this authorization server allows the implicit grant for every client: server\.NewDefaultServer allows response types code and token by default`
}

func (p *IDP) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = p.srv.HandleAuthorizeRequest(w, r)
	})
}
