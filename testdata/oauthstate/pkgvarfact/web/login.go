// Package web signs users in with GitHub, sending the state another
// package declares with a literal (reported); the state read from the
// environment is configuration, unknown (silent).
package web

import (
	"net/http"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"

	"example.com/fixtures/oauthstate/pkgvarfact/settings"
)

var conf = &oauth2.Config{ClientID: "id", ClientSecret: "secret", RedirectURL: "https://app.example/cb", Endpoint: github.Endpoint}

func Login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(settings.OAuthState), http.StatusFound) // want `constant OAuth state: the state is the constant "pseudo-random-string" \(settings.OAuthState, set once for the whole program\)`
}

func LoginAgain(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(settings.SessionState), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != settings.OAuthState {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
