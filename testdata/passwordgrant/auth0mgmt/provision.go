// Package auth0mgmt registers Auth0 applications that may use the
// password grant, in Auth0's two spellings.
package auth0mgmt

import (
	"context"

	"github.com/auth0/go-auth0"
	"github.com/auth0/go-auth0/management"
)

func EnableLegacyLogin(ctx context.Context, m *management.Management, clientID string) error {
	return m.Client.Update(ctx, clientID, &management.Client{
		GrantTypes: &[]string{"authorization_code", "refresh_token", "http://auth0.com/oauth/grant-type/password-realm"}, // want `client registration asks for the password grant: its GrantTypes include "http://auth0.com/oauth/grant-type/password-realm"`
	})
}

var kiosk = management.Client{
	Name:       auth0.String("kiosk"),
	AppType:    auth0.String("native"),
	GrantTypes: &[]string{"password"}, // want `client registration asks for the password grant: its GrantTypes include "password"`
}

func CreateKiosk(ctx context.Context, m *management.Management) error {
	return m.Client.Create(ctx, &kiosk)
}

// A machine-to-machine application: client credentials only.
func CreateWorker(ctx context.Context, m *management.Management) error {
	return m.Client.Create(ctx, &management.Client{
		Name:       auth0.String("worker"),
		AppType:    auth0.String("non_interactive"),
		GrantTypes: &[]string{"client_credentials"},
	})
}
