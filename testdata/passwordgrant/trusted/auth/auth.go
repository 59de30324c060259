// Package auth is the first-party login of an app that owns its
// authorization server; the user lists it in -passwordgrant.trusted.
package auth

import (
	"context"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "first-party", Endpoint: oauth2.Endpoint{TokenURL: "https://login.example.com/token"}}

func Login(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	return conf.PasswordCredentialsToken(ctx, user, pass)
}
