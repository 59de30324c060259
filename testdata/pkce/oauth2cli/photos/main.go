// A command-line uploader that runs its login through
// github.com/int128/oauth2cli, which serves the callback on a local
// listener: a native app. Without oauth2.S256ChallengeOption in
// AuthCodeOptions the flow has no PKCE and is reported; the login that
// sets it is not.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://oauth2.example.com/token"}

func login(ctx context.Context, id, secret string) (*oauth2.Token, error) {
	ready := make(chan string, 1)
	cfg := oauth2cli.Config{
		OAuth2Config:         oauth2.Config{ClientID: id, ClientSecret: secret, Endpoint: endpoint},
		LocalServerReadyChan: ready,
	}
	go func() {
		fmt.Printf("Visit %s\n", <-ready)
	}()
	return oauth2cli.GetToken(ctx, cfg) // want `authorization code flow without PKCE in a command-line client: oauth2cli.GetToken is given no AuthCodeOptions, so it sends no code_challenge; runs the login with oauth2cli.GetToken, which serves it on a local listener`
}

func loginPKCE(ctx context.Context, id string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	ready := make(chan string, 1)
	go func() { fmt.Println(<-ready) }()
	return oauth2cli.GetToken(ctx, oauth2cli.Config{
		OAuth2Config:         oauth2.Config{ClientID: id, Endpoint: endpoint},
		AuthCodeOptions:      []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)},
		TokenRequestOptions:  []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)},
		LocalServerReadyChan: ready,
	})
}

func main() {
	ctx := context.Background()
	if _, err := login(ctx, os.Getenv("CLIENT_ID"), os.Getenv("CLIENT_SECRET")); err != nil {
		log.Fatal(err)
	}
	if _, err := loginPKCE(ctx, os.Getenv("CLIENT_ID")); err != nil {
		log.Fatal(err)
	}
}
