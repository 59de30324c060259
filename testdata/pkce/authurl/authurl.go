// Package authurl is a library of helpers that build authorization URLs.
// It cannot tell what kind of program calls it; its callers are judged
// where they call (through facts).
package authurl

import "golang.org/x/oauth2"

// ConsentURL returns the URL of the consent page, without PKCE.
func ConsentURL(c *oauth2.Config, state string) string {
	return c.AuthCodeURL(state, oauth2.AccessTypeOffline)
}

// PKCEURL returns the URL of the consent page with an S256 challenge.
func PKCEURL(c *oauth2.Config, state, verifier string) string {
	return c.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}

// URLWithOptions forwards the caller's options.
func URLWithOptions(c *oauth2.Config, state string, opts ...oauth2.AuthCodeOption) string {
	return c.AuthCodeURL(state, opts...)
}
