// Command onceperrun logs in once per run: its package-level state is
// drawn from crypto/rand when the process starts, fresh for the run's one
// login, and compared in the loopback callback (silent).
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var (
	state = rand.Text()
	conf  = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:9010/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}
)

func main() {
	codes := make(chan string, 1)
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codes <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "done")
	})
	go http.ListenAndServe("127.0.0.1:9010", nil)
	verifier := oauth2.GenerateVerifier()
	_ = browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	if err == nil {
		fmt.Println("signed in until", tok.Expiry)
	}
}
