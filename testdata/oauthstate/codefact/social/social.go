// Package social redeems a Google authorization code for the web layer,
// which reads it from the callback.
package social

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

type Google struct{ ID, Secret string }

func (g Google) conf(redirect string) *oauth2.Config {
	return &oauth2.Config{ClientID: g.ID, ClientSecret: g.Secret, RedirectURL: redirect,
		Scopes: []string{"openid", "email"}, Endpoint: google.Endpoint}
}

// LoginURL is the authorization request; the caller draws the state.
func (g Google) LoginURL(state, redirect string) string {
	return g.conf(redirect).AuthCodeURL(state)
}

func (g Google) Redeem(code, redirect string) (*oauth2.Token, error) {
	return g.conf(redirect).Exchange(context.Background(), code)
}
