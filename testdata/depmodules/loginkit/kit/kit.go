// Package kit is loginkit's public API.
package kit

import (
	"net/http"

	"example.com/loginkit/internal/flow"
)

// Provider is one configured identity provider.
type Provider struct {
	AuthURL, TokenURL, ClientID string
}

// SignIn exchanges a username and password for tokens.
func (p Provider) SignIn(user, password string) (*http.Response, error) {
	return flow.PasswordToken(p.TokenURL, user, password)
}

// BrowserURL is the page where the user signs in.
func (p Provider) BrowserURL(redirect string) string {
	return flow.CodeURL(p.AuthURL, p.ClientID, redirect)
}
