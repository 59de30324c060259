// Package label is ginserverstringer's unknown side: a method of the
// grant type that is not its receiver's value stays unknown, and the
// server it configures is silent.
package label

import (
	"context"

	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

type grantName string

const passwordGrant grantName = "password"

func (g grantName) label() string { return "grant " + string(g) }

func Setup(m oauth2.Manager) {
	ginserver.InitServer(m)
	ginserver.SetAllowedGrantType(oauth2.GrantType(passwordGrant.label()))
	ginserver.SetPasswordAuthorizationHandler(func(ctx context.Context, clientID, username, password string) (string, error) {
		return username, nil
	})
}
