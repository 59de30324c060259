// Package signin finishes an Auth0 login for its importers' handlers.
package signin

import (
	"context"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

// Finish redeems the code the callback received.
func Finish(ctx context.Context, a *authentication.Authentication, code string) (*oauth.TokenSet, error) {
	return a.OAuth.LoginWithAuthCode(ctx, oauth.LoginWithAuthCodeRequest{Code: code, RedirectURI: "https://shop.example.org/cb"}, oauth.IDTokenValidationOptions{})
}
