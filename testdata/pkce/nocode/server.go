// Package nocode: go-oauth2 servers that leave ForcePKCE false. The one
// that redeems codes is reported; the machine-only one, whose grant list
// has no authorization_code, is not.
package nocode

import (
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Users(m *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(m) // want `this authorization server lets public clients skip PKCE: server.NewDefaultServer leaves ForcePKCE false`
	srv.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.Refreshing)
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}

func Machines(m *manage.Manager) *server.Server {
	srv := server.NewDefaultServer(m)
	srv.SetAllowedGrantType(oauth2.ClientCredentials)
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}

// Unknown takes its grants from the caller (a configuration file): the
// code grant may be among them, and the default is reported.
func Unknown(m *manage.Manager, grants []oauth2.GrantType) *server.Server {
	srv := server.NewDefaultServer(m) // want `this authorization server lets public clients skip PKCE`
	srv.SetAllowedGrantType(grants...)
	srv.SetAllowedResponseType(oauth2.Code)
	return srv
}
