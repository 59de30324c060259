// Package gooauth2server keeps go-oauth2's default grants (password
// included) and installs a password handler, which makes the grant usable.
package gooauth2server

import (
	"context"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type users interface {
	Check(ctx context.Context, name, password string) (string, error)
}

type Server struct {
	oauth *server.Server
}

func New(m *manage.Manager, u users) *Server {
	s := &Server{}
	s.oauth = server.NewDefaultServer(m)
	s.oauth.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) { // want `this authorization server accepts the password grant for every client: server.NewDefaultServer allows the password grant by default, and SetPasswordAuthorizationHandler makes it usable`
		return u.Check(ctx, username, password)
	})
	return s
}
