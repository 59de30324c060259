// A command-line login whose callback listener binds every interface, with
// localhost in its redirect URI.
package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: "http://localhost:8085/callback", // want `localhost in a native app's redirect URI \(information\)`
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	codes := make(chan string, 1)
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") == state {
			codes <- r.URL.Query().Get("code")
		}
	})
	go http.ListenAndServe(":8085", nil) // want `native app's callback listener on all interfaces: a command-line client`
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	fmt.Println(tok != nil, err)
}
