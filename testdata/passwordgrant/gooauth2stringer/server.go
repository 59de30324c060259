// Package gooauth2stringer lists its grants through go-oauth2's own
// String methods on the library's constants (v4.5.4 const.go:
// GrantType.String returns string(gt) for the grants it knows): the
// password grant is as allowed as if it were written oauth2.PasswordCredentials.
package gooauth2stringer

import (
	"context"
	"os"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func Password(m *manage.Manager) *server.Server {
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedGrantType(oauth2.GrantType(oauth2.AuthorizationCode.String()), oauth2.GrantType(oauth2.PasswordCredentials.String()))
	srv.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) { // want `this authorization server accepts the password grant for every client: SetAllowedGrantType includes password`
		return username, nil
	})
	return srv
}

// CodeOnly lists the code and refresh grants the same way: silent.
func CodeOnly(m *manage.Manager) *server.Server {
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedGrantType(oauth2.GrantType(oauth2.AuthorizationCode.String()), oauth2.GrantType(oauth2.Refreshing.String()))
	srv.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) {
		return username, nil
	})
	return srv
}

// FromEnv lists a grant the environment names: unknown, silent.
func FromEnv(m *manage.Manager) *server.Server {
	srv := server.NewServer(server.NewConfig(), m)
	srv.SetAllowedGrantType(oauth2.GrantType(oauth2.GrantType(os.Getenv("OAUTH_GRANT")).String()))
	srv.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) {
		return username, nil
	})
	return srv
}
