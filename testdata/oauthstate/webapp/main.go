// A web app done right: a crypto/rand state stored in a cookie when the
// login starts and compared in the callback before the code is exchanged.
package main

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web-app",
	ClientSecret: "from-env-in-real-life",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
}

func newState() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func login(w http.ResponseWriter, r *http.Request) {
	state, err := newState()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, Path: "/callback", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.URL.Query().Get("state"))) != 1 {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/callback", callback)
	http.ListenAndServe(":8080", nil)
}

// perLogin draws the state in the handler itself, then hands it to a
// closure: one value per login.
func perLogin(w http.ResponseWriter, r *http.Request) {
	state, _ := newState()
	redirect := func(w http.ResponseWriter) {
		http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
	}
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
	redirect(w)
}
