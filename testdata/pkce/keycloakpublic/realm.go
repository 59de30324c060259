// Package keycloakpublic creates a realm's clients through the Keycloak
// admin API (gocloak v13). Keycloak requires PKCE of a public client
// only when its "pkce.code.challenge.method" attribute names a method;
// the standard (authorization code) flow is on unless the registration
// turns it off.
package keycloakpublic

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

// Settings come from the deployment's configuration file.
type Settings struct {
	ClientAttributes map[string]string
	Public           bool
}

func Provision(ctx context.Context, kc *gocloak.GoCloak, token, realm string, s Settings) error {
	// The browser app: public, code flow by default, no PKCE attribute.
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("console"),
		PublicClient: gocloak.BoolP(true), // want `public client registered without requiring PKCE: its PublicClient is true, it sets no Attributes \(so no "pkce.code.challenge.method"\), and the code flow is on by default`
		RedirectURIs: &[]string{"https://console.example.com/callback"},
	}); err != nil {
		return err
	}

	// Attributes, but not the one that requires PKCE.
	mobile := gocloak.Client{
		ClientID:            gocloak.StringP("mobile"),
		PublicClient:        gocloak.BoolP(true), // want `public client registered without requiring PKCE: its PublicClient is true, its Attributes do not set "pkce.code.challenge.method", and its StandardFlowEnabled is true`
		StandardFlowEnabled: gocloak.BoolP(true),
		Attributes:          &map[string]string{"post.logout.redirect.uris": "+"},
	}
	if _, err := kc.CreateClient(ctx, token, realm, mobile); err != nil {
		return err
	}

	// PKCE required: silent.
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("spa"),
		PublicClient: gocloak.BoolP(true),
		Attributes:   &map[string]string{"pkce.code.challenge.method": "S256"},
	}); err != nil {
		return err
	}

	// Confidential (the default), a device-only client, a bearer-only
	// API, a SAML client: no public code flow, silent.
	for _, c := range []gocloak.Client{
		{ClientID: gocloak.StringP("backend"), Secret: gocloak.StringP("from-vault")},
	} {
		if _, err := kc.CreateClient(ctx, token, realm, c); err != nil {
			return err
		}
	}
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:            gocloak.StringP("tv"),
		PublicClient:        gocloak.BoolP(true),
		StandardFlowEnabled: gocloak.BoolP(false),
		Attributes:          &map[string]string{"oauth2.device.authorization.grant.enabled": "true"},
	}); err != nil {
		return err
	}
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("api"),
		PublicClient: gocloak.BoolP(true),
		BearerOnly:   gocloak.BoolP(true),
	}); err != nil {
		return err
	}
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("https://sp.example.com/saml"),
		Protocol:     gocloak.StringP("saml"),
		PublicClient: gocloak.BoolP(true),
	}); err != nil {
		return err
	}

	// Attributes and publicness from the configuration: unknown, silent.
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("configured"),
		PublicClient: gocloak.BoolP(true),
		Attributes:   &s.ClientAttributes,
	}); err != nil {
		return err
	}
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("flagged"),
		PublicClient: &s.Public,
	}); err != nil {
		return err
	}

	// An update keeps the attributes it leaves out: silent.
	if err := kc.UpdateClient(ctx, token, realm, gocloak.Client{
		ID:           gocloak.StringP("4f1c"),
		PublicClient: gocloak.BoolP(true),
	}); err != nil {
		return err
	}

	// The attributes are set after the literal: silent.
	late := gocloak.Client{
		ClientID:     gocloak.StringP("late"),
		PublicClient: gocloak.BoolP(true),
	}
	late.Attributes = &map[string]string{"pkce.code.challenge.method": "S256"}
	_, err := kc.CreateClient(ctx, token, realm, late)
	return err
}
