// Command loginpkce is login with PKCE through the same copy: silent.
package main

import (
	"context"
	"log"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/oauth2clifork/internal/oauth2cli"
)

func main() {
	verifier := oauth2.GenerateVerifier()
	ready := make(chan string, 1)
	go func() { log.Printf("open %s", <-ready) }()
	tok, err := oauth2cli.GetToken(context.Background(), oauth2cli.Config{
		OAuth2Config: oauth2.Config{
			ClientID: "cli",
			Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.net/authorize", TokenURL: "https://id.example.net/token"},
		},
		AuthCodeOptions:      []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)},
		TokenRequestOptions:  []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)},
		LocalServerReadyChan: ready,
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("signed in until %s", tok.Expiry)
}
