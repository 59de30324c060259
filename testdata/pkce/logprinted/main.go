// A program that logs the authorization URL with the standard logger for
// its user to visit, then serves the callback on all interfaces: the log
// line is the prompt (the standard logger writes to the terminal), so it
// is a native client that needs PKCE, whatever address it listens on.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

func newState() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func main() {
	conf := &oauth2.Config{
		ClientID:     os.Getenv("CLIENT_ID"),
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		RedirectURL:  os.Getenv("REDIRECT_URL"),
		Scopes:       []string{"https://www.googleapis.com/auth/analytics.readonly"},
		Endpoint:     google.Endpoint,
	}
	state := newState()
	log.Printf("Visit the URL for the auth dialog: %v", conf.AuthCodeURL(state, oauth2.AccessTypeOffline)) // want `authorization code flow without PKCE in a command-line client: prints the authorization URL with log\.Printf`

	http.HandleFunc("/success", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, "exchange failed", http.StatusBadGateway)
			return
		}
		_ = tok
		os.Exit(0)
	})
	log.Fatal(http.ListenAndServe(":3000", nil))
}
