// A command-line login that listens on loopback for its loopback redirect
// and sends the browser on to a page when done: a native app, whatever
// its callback redirects to. Reported.
package main

import (
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8085/callback",
	Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.org/authorize", TokenURL: "https://sso.example.org/token"}}

func loginURL(state string) string {
	return conf.AuthCodeURL(state) // want `authorization code flow without PKCE in a command-line client`
}

func main() {
	state := oauth2.GenerateVerifier()
	fmt.Println("Open", loginURL(state))
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		http.Redirect(w, r, "https://sso.example.org/done", http.StatusFound)
	})
	_ = http.ListenAndServe("127.0.0.1:8085", nil)
}
