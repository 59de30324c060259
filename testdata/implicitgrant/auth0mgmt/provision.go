// Package auth0mgmt provisions Auth0 applications through the Management
// API: one of them is registered for the implicit grant.
package auth0mgmt

import (
	"context"

	"github.com/auth0/go-auth0"
	"github.com/auth0/go-auth0/management"
)

func Provision(ctx context.Context, api *management.Management, callback string) error {
	dashboard := &management.Client{
		Name:           auth0.String("dashboard"),
		AppType:        auth0.String("spa"),
		Callbacks:      &[]string{callback},
		GrantTypes:     &[]string{"implicit", "authorization_code"}, // want `client registration asks for the implicit grant: its GrantTypes include "implicit"`
		OIDCConformant: auth0.Bool(true),
	}
	if err := api.Client.Create(ctx, dashboard); err != nil {
		return err
	}
	// The web app: code flow and refresh tokens only.
	web := &management.Client{
		Name:                    auth0.String("web"),
		AppType:                 auth0.String("regular_web"),
		Callbacks:               &[]string{callback},
		GrantTypes:              &[]string{"authorization_code", "refresh_token"},
		TokenEndpointAuthMethod: auth0.String("client_secret_post"),
	}
	return api.Client.Create(ctx, web)
}

// Reconfigure applies grants read from a file: unknown, silent.
func Reconfigure(ctx context.Context, api *management.Management, id string, grants []string) error {
	return api.Client.Update(ctx, id, &management.Client{GrantTypes: &grants})
}
