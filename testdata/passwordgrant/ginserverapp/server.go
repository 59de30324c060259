// Package ginserverapp installs the password handler on the server
// ginserver.InitServer returns, kept in a field: the handler makes
// the default password grant usable.
package ginserverapp

import (
	"context"

	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/server"
)

type Provider struct {
	srv *server.Server
}

func NewProvider(m oauth2.Manager, check func(user, pass string) bool) *Provider {
	p := new(Provider)
	p.srv = ginserver.InitServer(m)
	p.srv.SetPasswordAuthorizationHandler(func(_ context.Context, _, user, pass string) (string, error) { // want `this authorization server accepts the password grant for every client: ginserver.InitServer \(server.NewDefaultServer\) allows the password grant by default, and SetPasswordAuthorizationHandler makes it usable`
		if check(user, pass) {
			return user, nil
		}
		return "", nil
	})
	return p
}
