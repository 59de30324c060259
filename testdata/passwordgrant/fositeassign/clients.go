// Package fositeassign builds fosite clients field by field; the
// legacy importer gives its clients the password grant.
package fositeassign

import "github.com/ory/fosite"

var legacyGrants = fosite.Arguments{"password", "refresh_token"}

func importLegacy(id string, secret []byte) fosite.Client {
	c := new(fosite.DefaultClient)
	c.ID = id
	c.Secret = secret
	c.GrantTypes = legacyGrants // want `client registration asks for the password grant: its GrantTypes include "password"`
	return c
}

func importWeb(id string, secret []byte, redirect string) fosite.Client {
	c := &fosite.DefaultClient{ID: id, Secret: secret}
	c.RedirectURIs = []string{redirect}
	c.GrantTypes = []string{"authorization_code", "refresh_token"}
	c.ResponseTypes = []string{"code"}
	return c
}
