// Package auth0mgmt registers Auth0 applications: a single-page app
// registered with a client secret at the token endpoint, which Auth0
// then lets redeem codes without PKCE.
package auth0mgmt

import (
	"context"

	"github.com/auth0/go-auth0"
	"github.com/auth0/go-auth0/management"
)

func CreateApps(ctx context.Context, api *management.Management) error {
	spa := &management.Client{
		Name:                    auth0.String("storefront"),
		AppType:                 auth0.String("spa"),
		Callbacks:               &[]string{"https://shop.example.com/callback"},
		TokenEndpointAuthMethod: auth0.String("client_secret_post"), // want `public client registered as confidential, so PKCE is not required of it: AppType "spa" is a public client, yet TokenEndpointAuthMethod is "client_secret_post"`
	}
	if err := api.Client.Create(ctx, spa); err != nil {
		return err
	}
	mobile := &management.Client{
		Name:                    auth0.String("mobile"),
		AppType:                 auth0.String("native"),
		Callbacks:               &[]string{"com.example.shop://callback"},
		TokenEndpointAuthMethod: auth0.String("none"),
	}
	if err := api.Client.Create(ctx, mobile); err != nil {
		return err
	}
	backoffice := &management.Client{
		Name:                    auth0.String("backoffice"),
		AppType:                 auth0.String("regular_web"),
		TokenEndpointAuthMethod: auth0.String("client_secret_basic"),
	}
	return api.Client.Create(ctx, backoffice)
}
