// Package auth0mgmtupdate changes existing Auth0 applications; the kind
// and method come from constants of the package.
package auth0mgmtupdate

import (
	"context"

	"github.com/auth0/go-auth0/management"
)

const (
	kindNative = "native"
	basicAuth  = "client_secret_basic"
)

func str(s string) *string { return &s }

type provisioner struct{ api *management.Management }

func (p provisioner) MakeDesktopApp(ctx context.Context, id string) error {
	return p.api.Client.Update(ctx, id, &management.Client{
		AppType:                 str(kindNative),
		TokenEndpointAuthMethod: str(basicAuth), // want `public client registered as confidential.*AppType "native".*"client_secret_basic"`
	})
}

// The method comes from the request: unknown, silent.
func (p provisioner) SetMethod(ctx context.Context, id, method string) error {
	return p.api.Client.Update(ctx, id, &management.Client{AppType: str(kindNative), TokenEndpointAuthMethod: &method})
}
