// Package helperreads: two connector callbacks that hand the request to
// helpers of package webutil. One reads only a cookie of its own
// parameters and never the state (reported); the other reads the state
// through webutil.Param and compares it with the cookie (silent).
package helperreads

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/helperreads/webutil"
)

type loginParams struct {
	ClientID, RedirectURI, State string
}

var upstream = &oauth2.Config{
	ClientID: "nestor", ClientSecret: "from-env", RedirectURL: "https://idp.example.com/google/callback",
	Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.google.com/o/oauth2/v2/auth", TokenURL: "https://oauth2.googleapis.com/token"},
}

func Login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "connector_state", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, upstream.AuthCodeURL(st), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	var p loginParams
	if err := webutil.ReadCookie(r, "oauth_params", &p); err != nil {
		http.Error(w, "no login in progress", http.StatusBadRequest)
		return
	}
	if _, err := upstream.Exchange(r.Context(), r.FormValue("code")); err != nil { // want `callback exchanges the code without checking state`
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, p.RedirectURI, http.StatusFound)
}

func CheckedCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("connector_state")
	if err != nil || c.Value != webutil.Param(r, "state") {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := upstream.Exchange(r.Context(), webutil.Param(r, "code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
