// Package callback redeems the authorization code of the desktop login.
package callback

import (
	"context"
	"os"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

var redirect = "http://localhost:7777/done"

// Redeem exchanges the code, without PKCE.
func Redeem(ctx context.Context, code string) (string, error) {
	client, err := authentication.New(ctx, os.Getenv("AUTH0_DOMAIN"), authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")))
	if err != nil {
		return "", err
	}
	req := oauth.LoginWithAuthCodeRequest{Code: code, RedirectURI: redirect}
	set, err := client.OAuth.LoginWithAuthCode(ctx, req, oauth.IDTokenValidationOptions{}) // want `authorization code flow without PKCE in a native client: \(\*authentication\.OAuth\)\.LoginWithAuthCode redeems the code without a`
	if err != nil {
		return "", err
	}
	return set.AccessToken, nil
}
