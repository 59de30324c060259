// Package switchbase: a login handler for several providers whose
// authorization endpoint is chosen in a switch; the query, the same for
// all, carries no state. Its twin draws one.
package switchbase

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
)

func Login(w http.ResponseWriter, r *http.Request) {
	q := url.Values{} // want `authorization request without a state`
	q.Set("response_type", "code")
	q.Set("client_id", "files")
	q.Set("redirect_uri", "https://files.example.org/sso/callback")
	var endpoint string
	switch r.URL.Query().Get("provider") {
	case "github":
		endpoint = "https://github.com/login/oauth/authorize?"
	case "google":
		endpoint = "https://accounts.google.com/o/oauth2/v2/auth?"
		q.Set("scope", "openid email")
	default:
		http.Error(w, "unknown provider", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, endpoint+q.Encode(), http.StatusFound)
}

func LoginWithState(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	rand.Read(b)
	state := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "sso_state", Value: state, HttpOnly: true, Secure: true})
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "files")
	q.Set("redirect_uri", "https://files.example.org/sso/callback")
	q.Set("state", state)
	var endpoint string
	switch r.URL.Query().Get("provider") {
	case "github":
		endpoint = "https://github.com/login/oauth/authorize?"
	case "google":
		endpoint = "https://accounts.google.com/o/oauth2/v2/auth?"
	default:
		http.Error(w, "unknown provider", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, endpoint+q.Encode(), http.StatusFound)
}
