// Package auth logs users in with their password (passwordgrant), unless
// the configuration lists it in passwordgrant-trusted.
package auth

import (
	"context"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "first-party", Endpoint: oauth2.Endpoint{TokenURL: "https://login.example.com/token"}}

func Login(ctx context.Context, user, pass string) (*oauth2.Token, error) {
	return conf.PasswordCredentialsToken(ctx, user, pass) // finding: passwordgrant
}
