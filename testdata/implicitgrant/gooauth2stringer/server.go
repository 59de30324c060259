// Package gooauth2stringer allows response types through go-oauth2's
// ResponseType.String (v4.5.4 const.go: return string(rt)): token is as
// allowed as if it were written oauth2.Token.
package gooauth2stringer

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Token(manager *manage.Manager) {
	srv := server.NewDefaultServer(manager)
	srv.SetAllowedResponseType(oauth2.ResponseType(oauth2.Code.String()), oauth2.ResponseType(oauth2.Token.String())) // want `this authorization server allows the implicit grant for every client: SetAllowedResponseType includes token`
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleAuthorizeRequest(w, r)
	})
}

// Held: the same with the constant in a variable first.
func Held(manager *manage.Manager) {
	implicit := oauth2.Token
	srv := server.NewDefaultServer(manager)
	srv.SetAllowedResponseType(oauth2.Code, oauth2.ResponseType(implicit.String())) // want `this authorization server allows the implicit grant for every client: SetAllowedResponseType includes token`
	http.HandleFunc("/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleAuthorizeRequest(w, r)
	})
}

// CodeOnly: silent.
func CodeOnly(manager *manage.Manager) {
	srv := server.NewDefaultServer(manager)
	srv.SetAllowedResponseType(oauth2.ResponseType(oauth2.Code.String()))
	http.HandleFunc("/code/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = srv.HandleAuthorizeRequest(w, r)
	})
}
