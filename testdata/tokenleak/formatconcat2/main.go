// Command formatconcat2 is formatconcat written another way: the refresh
// token concatenated into log.Printf's format through a variable
// (reported).
package main

import (
	"context"
	"log"

	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{TokenURL: "https://idp.example.com/token"}}
	tok, err := conf.Exchange(context.Background(), "code")
	if err != nil {
		return
	}
	line := "keeping " + tok.RefreshToken + " for later"
	log.Printf(line) // want `refresh token written to a log`
}
