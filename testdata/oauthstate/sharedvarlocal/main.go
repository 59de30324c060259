// A command-line login on loopback whose state is drawn once per run and
// compared in its callback: one user, one login per run. Silent.
package main

import (
	"crypto/rand"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	runState = rand.Text()
	conf     = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8400/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"}}
)

func main() {
	v := oauth2.GenerateVerifier()
	fmt.Println("open", conf.AuthCodeURL(runState, oauth2.S256ChallengeOption(v)))
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != runState {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		_, _ = conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v))
	})
	_ = http.ListenAndServe("127.0.0.1:8400", nil)
}
