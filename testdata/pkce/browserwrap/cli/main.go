// A command-line login that opens the authorization URL through a
// browser helper of another package of its module (sysopen.OpenURL runs
// xdg-open, open or rundll32): a native app, whose missing PKCE is
// reported; the flow with PKCE beside it is not.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browserwrap/sysopen"
)

var conf = &oauth2.Config{
	ClientID: "kube-login",
	Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.org/auth", TokenURL: "https://sso.example.org/token"},
}

func login(state string) {
	u := conf.AuthCodeURL(state, oauth2.AccessTypeOffline) // want `authorization code flow without PKCE in a command-line client: opens the authorization URL in the system browser with sysopen.OpenURL`
	if err := sysopen.OpenURL(u); err != nil {
		log.Fatal(err)
	}
}

func loginPKCE(ctx context.Context, state string, code func() string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	if err := sysopen.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))); err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, code(), oauth2.VerifierOption(verifier))
}

func main() {
	login(os.Args[1])
	tok, err := loginPKCE(context.Background(), os.Args[1], func() string { return os.Args[2] })
	fmt.Println(tok != nil, err)
}
