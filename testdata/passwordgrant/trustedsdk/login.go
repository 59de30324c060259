// Package trustedsdk is a first-party login backend listed in
// -passwordgrant.trusted: its go-auth0 password login is then not
// reported (TestTrustedSDK); without the flag it is.
package trustedsdk

import (
	"context"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

func Login(ctx context.Context, a *authentication.Authentication, user, password string) (*oauth.TokenSet, error) {
	return a.OAuth.LoginWithPassword(ctx, oauth.LoginWithPasswordRequest{Username: user, Password: password}, oauth.IDTokenValidationOptions{})
}
