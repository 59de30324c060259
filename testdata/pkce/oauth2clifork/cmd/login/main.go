// Command login signs in through the project's own copy of oauth2cli,
// a public client (no secret) without PKCE: reported, as with the
// upstream package.
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/oauth2clifork/internal/oauth2cli"
)

func main() {
	ready := make(chan string, 1)
	go func() {
		fmt.Fprintln(os.Stderr, "Open", <-ready)
	}()
	tok, err := oauth2cli.GetToken(context.Background(), oauth2cli.Config{ // want `authorization code flow without PKCE in a command-line client: oauth2cli.GetToken is given AuthCodeOptions without oauth2.S256ChallengeOption`
		OAuth2Config: oauth2.Config{
			ClientID: "cli",
			Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.net/authorize", TokenURL: "https://id.example.net/token"},
		},
		AuthCodeOptions:      []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("prompt", "login")},
		LocalServerReadyChan: ready,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "signed in until", tok.Expiry)
}
