// Package gooauth2tokenonly serves only go-oauth2's token endpoint from
// servers that keep the default response types (code and token). A
// server that never leaves the package and on which no authorization
// method is called has no authorization endpoint: no implicit grant. A
// server that leaves the package (returned, passed on) may be served
// anywhere: reported. An exported variable is judged in the packages
// that import it (served.go; implicitgrant/exportedserved).
package gooauth2tokenonly

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func TokenOnly(manager *manage.Manager) {
	srv := server.NewDefaultServer(manager)
	srv.SetAllowGetAccessRequest(true)
	srv.Config.AllowGetAccessRequest = true
	http.HandleFunc("/oauth/token", func(w http.ResponseWriter, r *http.Request) {
		if err := srv.HandleTokenRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
}

func Returned(manager *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(manager) // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default`
	http.HandleFunc("/v2/token", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleTokenRequest(w, r)
	})
	return srv
}

// Exported is a server any importer can route; no importer here serves
// its authorization endpoint.
var Exported *server.Server

func SetupExported(manager *manage.Manager) {
	Exported = server.NewDefaultServer(manager)
	http.HandleFunc("/v3/token", func(w http.ResponseWriter, r *http.Request) {
		_ = Exported.HandleTokenRequest(w, r)
	})
}

func Passed(manager *manage.Manager) {
	srv := server.NewDefaultServer(manager) // want `this authorization server allows the implicit grant for every client`
	route(srv)
}

func route(s *server.Server) {
	http.HandleFunc("/v4/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = s.HandleAuthorizeRequest(w, r)
	})
}
