package keycloakreg

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

// register is called with each front end's redirect URIs; the admin
// console's list ends with a wildcard.
func register(ctx context.Context, kc *gocloak.GoCloak, token, realm, id string, uris []string) error {
	_, err := kc.CreateClient(ctx, token, realm, gocloak.Client{
		ClientID:     &id,
		RedirectURIs: &uris, // want `its RedirectURIs include "https://admin.example.com/\*", which the server matches as a prefix`
		WebOrigins:   &uris,
	})
	return err
}

func RegisterFrontEnds(ctx context.Context, kc *gocloak.GoCloak, token, realm string) error {
	if err := register(ctx, kc, token, realm, "shop", []string{"https://shop.example.com/callback"}); err != nil {
		return err
	}
	return register(ctx, kc, token, realm, "admin", []string{"https://admin.example.com/*"})
}

// registerExact is only ever given exact URIs: silent.
func registerExact(ctx context.Context, kc *gocloak.GoCloak, token, realm string, uris []string) error {
	return kc.UpdateClient(ctx, token, realm, gocloak.Client{ClientID: gocloak.StringP("blog"), RedirectURIs: &uris})
}

func RegisterBlog(ctx context.Context, kc *gocloak.GoCloak, token, realm string) error {
	return registerExact(ctx, kc, token, realm, []string{"https://blog.example.com/oauth2/callback"})
}
