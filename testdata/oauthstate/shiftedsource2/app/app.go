// A web app taking its state from gen.Nonce, base-62 letters of a
// math/rand/v2 word divided down (reported), and from gen.Secure, the
// same over crypto/rand (silent).
package app

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/shiftedsource2/gen"
)

var cfg = oauth2.Config{
	ClientID:     "portal",
	ClientSecret: "portal-secret",
	RedirectURL:  "https://portal.example.com/oauth/done",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.example.com/authorize",
		TokenURL: "https://login.example.com/token",
	},
}

func begin(w http.ResponseWriter, r *http.Request) {
	nonce := gen.Nonce(2)
	http.SetCookie(w, &http.Cookie{Name: "oauth_nonce", Value: nonce, Path: "/oauth", HttpOnly: true, Secure: true})
	http.Redirect(w, r, cfg.AuthCodeURL(nonce), http.StatusSeeOther) // want `predictable OAuth state`
}

func beginSecure(w http.ResponseWriter, r *http.Request) {
	nonce := gen.Secure(2)
	http.SetCookie(w, &http.Cookie{Name: "oauth_nonce", Value: nonce, Path: "/oauth", HttpOnly: true, Secure: true})
	http.Redirect(w, r, cfg.AuthCodeURL(nonce), http.StatusSeeOther)
}
