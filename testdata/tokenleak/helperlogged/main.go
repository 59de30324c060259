// Command helperlogged checks the token it got in a helper that logs the
// whole token when a field is missing: reported once, in the helper
// (its parameter is a token whoever calls it), not again at the call.
// A helper that logs whatever it is handed is reported at the call that
// hands it the access token.
package main

import (
	"context"
	"log"

	"golang.org/x/oauth2"
)

func check(t *oauth2.Token) {
	if t.RefreshToken == "" {
		log.Fatalf("no refresh token: %+v", t) // want `oauth2.Token written to a log: log.Fatalf logs the oauth2.Token`
	}
}

func show(v any) { log.Printf("value: %v", v) }

func main() {
	conf := &oauth2.Config{ClientID: "c", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}
	tok, err := conf.Exchange(context.Background(), "code", oauth2.VerifierOption(oauth2.GenerateVerifier()))
	if err != nil {
		log.Fatal(err)
	}
	check(tok)
	check(tok)
	show(tok.AccessToken) // want `access token written to a log: show \(which calls log.Printf\) logs the access token`
}
