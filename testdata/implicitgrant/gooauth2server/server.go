// Package gooauth2server runs two go-oauth2 servers: one keeps the
// default response types (code and token), one allows only code.
package gooauth2server

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Public(manager *manage.Manager) {
	srv := server.NewDefaultServer(manager) // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default; allow only the code response type: srv.SetAllowedResponseType\(oauth2.Code\)`
	srv.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.Refreshing)
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleAuthorizeRequest(w, r)
	})
}

func Internal(manager *manage.Manager) {
	internal := server.NewDefaultServer(manager)
	internal.SetAllowedResponseType(oauth2.Code)
	http.HandleFunc("/internal/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = internal.HandleAuthorizeRequest(w, r)
	})
}
