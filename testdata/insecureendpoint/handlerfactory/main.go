// Command handlerfactory logs its user in from the terminal: a handler
// built by a factory that takes the config redirects to the
// authorization endpoint, the code comes back to a loopback redirect URI,
// and the listener binds every interface. The config is the one every
// call of the factory passes: a native client without PKCE (pkce) whose
// callback listener other machines can reach (insecureendpoint).
package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "desktop",
	RedirectURL: "http://127.0.0.1:8085/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.example.io/authorize", TokenURL: "https://auth.example.io/token"},
}

func startLogin(c *oauth2.Config, states map[string]bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st := oauth2.GenerateVerifier()
		states[st] = true
		http.Redirect(w, r, c.AuthCodeURL(st), http.StatusFound)
	}
}

func finish(c *oauth2.Config, states map[string]bool, done chan<- struct{}) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !states[r.URL.Query().Get("state")] {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		if _, err := c.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
			http.Error(w, "exchange failed", http.StatusBadGateway)
			return
		}
		fmt.Fprintln(w, "signed in; return to the terminal")
		close(done)
	}
}

func main() {
	states := map[string]bool{}
	done := make(chan struct{})
	http.HandleFunc("/login", startLogin(conf, states))
	http.HandleFunc("/callback", finish(conf, states, done))
	go func() { log.Fatal(http.ListenAndServe(":8085", nil)) }() // want `native app's callback listener on all interfaces`
	browser.OpenURL("http://127.0.0.1:8085/login")
	<-done
}
