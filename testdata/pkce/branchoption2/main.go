// Command branchoption2 runs the reddit package's terminal logins.
package main

import (
	"context"

	"example.com/fixtures/pkce/branchoption2/reddit"
	"golang.org/x/oauth2"
)

func main() {
	a := &reddit.Authenticator{Cfg: &oauth2.Config{
		ClientID:    "branchoption2",
		RedirectURL: "https://app.example.com/paste",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://www.reddit.example/api/v1/authorize", TokenURL: "https://www.reddit.example/api/v1/access_token"},
	}}
	_, _ = a.Login(context.Background(), oauth2.GenerateVerifier(), "read")
	_, _ = a.LoginPKCE(context.Background(), oauth2.GenerateVerifier(), "history")
}
