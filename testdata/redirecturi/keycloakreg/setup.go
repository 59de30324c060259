// Package keycloakreg registers clients with Keycloak through gocloak's
// admin API (v13). Keycloak matches a registered redirect URI that ends
// with "*" as a prefix, and "*" alone with any URI.
package keycloakreg

import (
	"context"
	"fmt"

	"github.com/Nerzal/gocloak/v13"
)

func RegisterWeb(ctx context.Context, kc *gocloak.GoCloak, token, realm, host string) error {
	redirects := []string{
		fmt.Sprintf("https://%s/callback", host),
		fmt.Sprintf("https://%s/*", host),
		"http://localhost:3000/callback",
	}
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("web"),
		RedirectURIs: &redirects, // want `client registration has a wildcard redirect URI: its RedirectURIs include "https://…/\*", which the server matches as a prefix`
	})
	return err
}

func RegisterAnything(ctx context.Context, kc *gocloak.GoCloak, token, realm string) error {
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     gocloak.StringP("dev"),
		RedirectURIs: &[]string{"http://localhost/callback", "*"}, // want `client registration has a wildcard redirect URI: its RedirectURIs include "\*", which the server matches with every URI`
	})
	return err
}

// Exact redirect URIs: silent, and so are URIs the caller passes in.
func RegisterExact(ctx context.Context, kc *gocloak.GoCloak, token, realm, host string, extra []string) error {
	exact := []string{"https://" + host + "/oauth/callback", "http://127.0.0.1/callback"}
	if _, err := kc.CreateClient(ctx, token, realm, gocloak.Client{ClientID: gocloak.StringP("web"), RedirectURIs: &exact}); err != nil {
		return err
	}
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{ClientID: gocloak.StringP("other"), RedirectURIs: &extra})
	return err
}
