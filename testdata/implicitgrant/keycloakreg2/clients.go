// Package keycloakreg2 keeps the Keycloak client representations of an
// installer (gocloak v10) in a table by kind.
package keycloakreg2

import (
	"context"

	"github.com/Nerzal/gocloak/v10"
)

func flag(b bool) *bool { return &b }

func representations(name string) map[string]gocloak.Client {
	tokenInFragment := flag(true)
	return map[string]gocloak.Client{
		"browser": {
			Name:                &name,
			PublicClient:        flag(true),
			ImplicitFlowEnabled: tokenInFragment, // want `client registration asks for the implicit grant: its ImplicitFlowEnabled is true`
		},
		"server": {
			Name:                &name,
			StandardFlowEnabled: flag(true),
			ImplicitFlowEnabled: flag(1 > 2),
		},
	}
}

func Install(ctx context.Context, kc gocloak.GoCloak, token, realm, kind string) error {
	_, err := kc.CreateClient(ctx, token, realm, representations("app")[kind])
	return err
}
