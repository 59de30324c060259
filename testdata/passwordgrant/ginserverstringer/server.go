// Package ginserverstringer is gooauth2stringer written differently:
// through gin-server's package-level setters, with the grant names held
// by a type of this package whose String method returns its receiver.
package ginserverstringer

import (
	"context"

	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

type grantName string

func (g grantName) String() string { return string(g) }

const (
	passwordGrant grantName = "password"
	codeGrant     grantName = "authorization_code"
)

func Setup(m oauth2.Manager) {
	ginserver.InitServer(m)
	ginserver.SetAllowedGrantType(oauth2.GrantType(codeGrant.String()), oauth2.GrantType(passwordGrant.String()))
	ginserver.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) { // want `this authorization server accepts the password grant for every client: SetAllowedGrantType includes password`
		return username, nil
	})
}
