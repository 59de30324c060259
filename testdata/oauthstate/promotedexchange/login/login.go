// Package login hides the OAuth client behind an interface; its one
// implementation embeds the *oauth2.Config, so Exchange is the Config's
// own, promoted.
package login

import (
	"context"
	"crypto/rand"
	"encoding/base64"

	"golang.org/x/oauth2"
)

type Provider interface {
	StartURL() (url, state string)
	Exchange(ctx context.Context, code string, opts ...oauth2.AuthCodeOption) (*oauth2.Token, error)
}

type provider struct {
	*oauth2.Config
}

func NewProvider(id, secret string) Provider {
	return &provider{Config: &oauth2.Config{
		ClientID:     id,
		ClientSecret: secret,
		RedirectURL:  "https://app.example.com/auth/done",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://id.example.com/authorize", TokenURL: "https://id.example.com/token"},
	}}
}

func (p *provider) StartURL() (string, string) {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	st := base64.RawURLEncoding.EncodeToString(b)
	return p.AuthCodeURL(st), st
}
