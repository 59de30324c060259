// A web app behind a reverse proxy: it listens on loopback only, redirects
// browsers to the login, and its code comes back to its public https
// address; the request is made by a method on a config held in a field.
// A confidential server-side client: silent.
package main

import (
	"crypto/rand"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

type Provider struct{ config *oauth2.Config }

func (p *Provider) BeginAuth(state string) string { return p.config.AuthCodeURL(state) }

func main() {
	p := &Provider{config: &oauth2.Config{ClientID: os.Getenv("CLIENT_ID"), ClientSecret: os.Getenv("CLIENT_SECRET"),
		RedirectURL: "https://app.example.com/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}}
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, p.BeginAuth(rand.Text()), http.StatusFound)
	})
	_ = http.ListenAndServe("127.0.0.1:3000", nil)
}
