// Command photosync logs in with oauth2cli from its main package: the
// config is passed by value to an unexported function, whose goroutine
// calls GetToken with it.
package main

import (
	"context"
	"log"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{
	AuthURL:  "https://accounts.example.org/o/authorize",
	TokenURL: "https://accounts.example.org/o/token",
}

func main() {
	ctx := context.Background()
	urls := make(chan string, 1)
	go func() { log.Printf("open %s in your browser", <-urls) }()
	tok := <-run(ctx, oauth2cli.Config{
		OAuth2Config:         oauth2.Config{ClientID: "photosync", Endpoint: endpoint},
		LocalServerReadyChan: urls,
		AuthCodeOptions:      []oauth2.AuthCodeOption{oauth2.AccessTypeOffline},
	})
	log.Printf("signed in, token expires %s", tok.Expiry)
}

func run(ctx context.Context, settings oauth2cli.Config) <-chan *oauth2.Token {
	out := make(chan *oauth2.Token, 1)
	go func() {
		t, err := oauth2cli.GetToken(ctx, settings) // want `authorization code flow without PKCE in a command-line client: oauth2cli.GetToken is given AuthCodeOptions without oauth2.S256ChallengeOption`
		if err != nil {
			log.Fatal(err)
		}
		out <- t
	}()
	return out
}
