// Package keycloakreg sets up a realm's clients through the Keycloak
// admin API (gocloak v13): a registration that switches on the implicit
// flow lets that client receive access tokens in the redirect.
package keycloakreg

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

var legacySPA = gocloak.Client{
	ClientID:            gocloak.StringP("legacy-spa"),
	PublicClient:        gocloak.BoolP(true),
	ImplicitFlowEnabled: gocloak.BoolP(true), // want `client registration asks for the implicit grant: its ImplicitFlowEnabled is true`
}

func Setup(ctx context.Context, kc *gocloak.GoCloak, token, realm string, implicit bool) error {
	if err := kc.UpdateClient(ctx, token, realm, legacySPA); err != nil {
		return err
	}
	enabled := true
	spa := gocloak.Client{ClientID: gocloak.StringP("spa")}
	spa.PublicClient = &enabled
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:            gocloak.StringP("spa-next"),
		StandardFlowEnabled: &enabled,
		ImplicitFlowEnabled: gocloak.BoolP(false), // the code flow only: silent
	}); err != nil {
		return err
	}
	// Decided by the caller's flag: silent.
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:            gocloak.StringP("spa-flagged"),
		ImplicitFlowEnabled: gocloak.BoolP(implicit),
	})
	return err
}
