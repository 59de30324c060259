// Package keycloakpublic2 is an installer (gocloak v10, its GoCloak
// interface) that registers clients through a helper of its own, with
// attribute maps held in variables.
package keycloakpublic2

import (
	"context"

	"github.com/Nerzal/gocloak/v10"
)

const pkceMethod = "pkce.code.challenge.method"

func ptr[T any](v T) *T { return &v }

type installer struct {
	kc          gocloak.GoCloak
	token, name string
}

func (in installer) register(ctx context.Context, rep gocloak.Client) error {
	_, err := in.kc.CreateClient(ctx, in.token, in.name, rep)
	return err
}

func (in installer) Install(ctx context.Context, cliPublic bool) error {
	// The attribute is there, but empty: PKCE is not enforced.
	cliAttrs := map[string]string{pkceMethod: "", "display.on.consent.screen": "true"}
	if err := in.register(ctx, gocloak.Client{
		ClientID:            ptr("cli"),
		PublicClient:        ptr(true), // want `public client registered without requiring PKCE: its PublicClient is true, its Attributes set "pkce.code.challenge.method" to "", and its StandardFlowEnabled is true`
		StandardFlowEnabled: ptr(1 == 1),
		Attributes:          &cliAttrs,
	}); err != nil {
		return err
	}

	// S256 through a variable and a constant key: silent.
	webAttrs := map[string]string{pkceMethod: "S256"}
	if err := in.register(ctx, gocloak.Client{
		ClientID:     ptr("web"),
		PublicClient: ptr(true),
		Attributes:   &webAttrs,
	}); err != nil {
		return err
	}

	// A map filled after its literal: not read, silent.
	toolAttrs := map[string]string{}
	toolAttrs[pkceMethod] = "S256"
	if err := in.register(ctx, gocloak.Client{
		ClientID:     ptr("tool"),
		PublicClient: ptr(true),
		Attributes:   &toolAttrs,
	}); err != nil {
		return err
	}

	// Public or not is the caller's choice: silent.
	return in.register(ctx, gocloak.Client{
		ClientID:     ptr("desktop"),
		PublicClient: ptr(cliPublic),
	})
}
