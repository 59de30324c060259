// Package clients holds the Keycloak client representations of the
// installer (gocloak v10), one per front end.
package clients

import "github.com/Nerzal/gocloak/v10"

const origin = "https://shop.example.com"

var adminRedirects = []string{origin + "/admin/" + "*"}

func Storefront() *gocloak.Client {
	uris := []string{origin + "/auth/return"}
	return &gocloak.Client{
		ClientID:     gocloak.StringP("storefront"),
		RedirectURIs: &uris,
	}
}

func Admin() *gocloak.Client {
	return &gocloak.Client{
		ClientID:     gocloak.StringP("admin"),
		RedirectURIs: &adminRedirects, // want `its RedirectURIs include "https://shop.example.com/admin/\*", which the server matches as a prefix`
	}
}
