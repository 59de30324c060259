// A command-line login that opens the authorization URL with a launcher
// from another module (example.com/openkit/launch): a native app, whose
// missing PKCE is reported; the PKCE flow beside it and the URL handed to
// the module's git runner are not.
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2"

	"example.com/openkit/launch"
)

var conf = &oauth2.Config{
	ClientID: "deploy-cli",
	Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.org/auth", TokenURL: "https://sso.example.org/token"},
}

func login(state string) error {
	return launch.OpenURL(conf.AuthCodeURL(state)) // want `authorization code flow without PKCE in a command-line client: opens the authorization URL in the system browser with launch.OpenURL`
}

func loginPKCE(ctx context.Context, state, code string) (*oauth2.Token, error) {
	v := oauth2.GenerateVerifier()
	if err := launch.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(v))); err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, code, oauth2.VerifierOption(v))
}

func main() {
	if err := login(os.Args[1]); err != nil {
		fmt.Println(err)
	}
	_, err := loginPKCE(context.Background(), os.Args[1], os.Args[2])
	fmt.Println(err)
	_, _ = launch.Git(os.Args[3])
}
