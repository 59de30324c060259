// The second shape: the config from a function, the URL built by a
// package function handed the config, an http.Server on localhost.
// Silent.
package main

import (
	"net/http"

	"golang.org/x/oauth2"
)

const callbackURL = "https://wiki.example.org/oauth/callback"

func newConfig(id, secret string) *oauth2.Config {
	return &oauth2.Config{ClientID: id, ClientSecret: secret, RedirectURL: callbackURL,
		Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.org/authorize", TokenURL: "https://sso.example.org/token"}}
}

func loginURL(c *oauth2.Config, state string) string {
	return c.AuthCodeURL(state, oauth2.AccessTypeOnline)
}

type app struct{ conf *oauth2.Config }

func (a *app) signIn(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, loginURL(a.conf, st), http.StatusSeeOther)
}

func main() {
	a := &app{conf: newConfig("wiki", "secret")}
	mux := http.NewServeMux()
	mux.HandleFunc("/signin", a.signIn)
	srv := &http.Server{Addr: "localhost:8080", Handler: mux}
	_ = srv.ListenAndServe()
}
