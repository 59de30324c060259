// Package gooauth2nohandler keeps go-oauth2's default grants, but the
// default password handler refuses every user; a second server installs
// a handler and takes the password grant off its allowed list. Neither is
// reported.
package gooauth2nohandler

import (
	"context"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Default(m *manage.Manager) *server.Server {
	return server.NewDefaultServer(m)
}

func Restricted(m *manage.Manager) *server.Server {
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.Refreshing, oauth2.ClientCredentials)
	srv.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) {
		return "", nil
	})
	return srv
}
