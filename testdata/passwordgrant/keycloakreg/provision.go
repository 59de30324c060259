// Package keycloakreg provisions a Keycloak realm's clients through the
// admin API (gocloak v13): a registration that switches on direct access
// grants lets that client use the password grant.
package keycloakreg

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

type Provisioner struct {
	kc    *gocloak.GoCloak
	token string
	realm string
}

// RegisterConsole registers the web console as a public client that may
// also sign users in with their password.
func (p *Provisioner) RegisterConsole(ctx context.Context, redirects []string) error {
	_, err := p.kc.CreateClient(ctx, p.token, p.realm, gocloak.Client{
		ClientID:                  gocloak.StringP("console"),
		PublicClient:              gocloak.BoolP(true),
		RedirectURIs:              &redirects,
		StandardFlowEnabled:       gocloak.BoolP(true),
		DirectAccessGrantsEnabled: gocloak.BoolP(true), // want `client registration asks for the password grant: its DirectAccessGrantsEnabled is true`
	})
	return err
}

// The standard flow only: silent.
func (p *Provisioner) RegisterPortal(ctx context.Context, redirects []string) error {
	_, err := p.kc.CreateClient(ctx, p.token, p.realm, gocloak.Client{
		ClientID:                  gocloak.StringP("portal"),
		PublicClient:              gocloak.BoolP(true),
		RedirectURIs:              &redirects,
		StandardFlowEnabled:       gocloak.BoolP(true),
		DirectAccessGrantsEnabled: gocloak.BoolP(false),
		ImplicitFlowEnabled:       gocloak.BoolP(false),
	})
	return err
}

// Settings come from the operator's configuration file.
type Settings struct {
	LegacyLogin bool
}

// What the configuration says is not known here: silent.
func (p *Provisioner) RegisterFromSettings(ctx context.Context, s Settings) error {
	return p.kc.UpdateClient(ctx, p.token, p.realm, gocloak.Client{
		ClientID:                  gocloak.StringP("legacy"),
		DirectAccessGrantsEnabled: &s.LegacyLogin,
	})
}

// A machine client: service account only, silent.
func (p *Provisioner) RegisterWorker(ctx context.Context) error {
	_, err := p.kc.CreateClient(ctx, p.token, p.realm, gocloak.Client{
		ClientID:               gocloak.StringP("worker"),
		ServiceAccountsEnabled: gocloak.BoolP(true),
		StandardFlowEnabled:    gocloak.BoolP(false),
	})
	return err
}
