// A command whose addresses are a variable of their own, the port left
// out (":0", every interface), the config passed inline.
package main

import (
	"context"
	"log"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

func main() {
	addrs := []string{":0"} // want `native app's callback listener on all interfaces`
	ready := make(chan string, 1)
	go func() { log.Println("visit", <-ready) }()
	v := oauth2.GenerateVerifier()
	tok, err := oauth2cli.GetToken(context.Background(), oauth2cli.Config{
		OAuth2Config: oauth2.Config{
			ClientID: "desk",
			Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.net/auth", TokenURL: "https://id.example.net/token"},
		},
		LocalServerBindAddress: addrs,
		AuthCodeOptions:        []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(v)},
		TokenRequestOptions:    []oauth2.AuthCodeOption{oauth2.VerifierOption(v)},
		LocalServerReadyChan:   ready,
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("expires", tok.Expiry)
}
