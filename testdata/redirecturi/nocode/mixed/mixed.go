// Package mixed: a server for machines that also redeems authorization
// codes; the redirect URI then matters, and the default validator is
// reported.
package mixed

import (
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func New() *server.Server {
	manager := manage.NewDefaultManager() // want `this authorization server does not compare redirect URIs exactly: manage.NewDefaultManager keeps manage.DefaultValidateURI`
	srv := server.NewDefaultServer(manager)
	srv.SetAllowedGrantType(oauth2.ClientCredentials, oauth2.AuthorizationCode)
	srv.SetAllowedResponseType(oauth2.Code)
	srv.Config.ForcePKCE = true
	return srv
}

// Second is a machine-only server beside it: the package's manager may
// serve either, so the first one's code grant keeps it reported.
func Second() *server.Server {
	srv := server.NewDefaultServer(manage.NewDefaultManager()) // want `this authorization server does not compare redirect URIs exactly`
	srv.SetAllowedGrantType(oauth2.ClientCredentials)
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}
