// A command-line login whose state is read from the environment once: a
// native app logs in once per run, so a value fixed for the run is no
// shared state (as for a value drawn once). Silent.
package main

import (
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var runState = os.Getenv("LOGIN_NONCE")

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:9999/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.org/authorize", TokenURL: "https://id.example.org/token"}}

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
	_ = http.ListenAndServe("127.0.0.1:9999", nil)
}
