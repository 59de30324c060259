// Package keycloakplain registers clients through the Keycloak admin API
// (gocloak v13). The "pkce.code.challenge.method" attribute names the
// method Keycloak then requires of that client: "plain" makes the
// challenge the verifier itself.
package keycloakplain

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

func Register(ctx context.Context, kc *gocloak.GoCloak, token, realm string) error {
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("kiosk"),
		PublicClient: gocloak.BoolP(true),
		Attributes:   &map[string]string{"pkce.code.challenge.method": "plain"}, // want `client registered to use plain PKCE: its Attributes set "pkce.code.challenge.method" to "plain", and the code flow is on by default; a plain challenge is the verifier itself`
	}); err != nil {
		return err
	}
	// S256: silent.
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("app"),
		PublicClient: gocloak.BoolP(true),
		Attributes:   &map[string]string{"pkce.code.challenge.method": "S256"},
	}); err != nil {
		return err
	}
	// No code flow, so no challenge: silent.
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:            gocloak.StringP("batch"),
		StandardFlowEnabled: gocloak.BoolP(false),
		Attributes:          &map[string]string{"pkce.code.challenge.method": "plain"},
	})
	return err
}
