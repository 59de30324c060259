// Package authsrv builds the program's go-oauth2 provider in an exported
// variable with the defaults (code and token response types) and serves
// its token endpoint; the routes package serves the authorization
// endpoint with it, where the implicit grant is reported.
package authsrv

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

var Provider *server.Server

func Init(m *manage.Manager) {
	Provider = server.NewDefaultServer(m)
	Provider.SetClientInfoHandler(server.ClientFormHandler)
}

type TokenEndpoint struct{}

func (TokenEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = Provider.HandleTokenRequest(w, r)
}
