// Package tokenproxy fronts an upstream identity provider for its own
// clients: its token endpoint takes their POSTed grant_type and code and
// redeems the code upstream. A token request carries no state (RFC 6749
// §4.1.3): silent. Its browser callback, which exchanges a code without
// reading the state, is reported.
package tokenproxy

import (
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
)

var upstream = &oauth2.Config{
	ClientID:     "proxy",
	ClientSecret: "from-the-vault",
	RedirectURL:  "https://proxy.example.com/oauth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func Token(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "", http.StatusMethodNotAllowed)
		return
	}
	if r.FormValue("grant_type") != "authorization_code" {
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		return
	}
	tok, err := upstream.Exchange(r.Context(), r.FormValue("code"), oauth2.VerifierOption(r.FormValue("code_verifier")))
	if err != nil {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(map[string]any{"access_token": tok.AccessToken, "token_type": "Bearer"})
}

func Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := upstream.Exchange(r.Context(), r.URL.Query().Get("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok.Expiry.String(), HttpOnly: true, Secure: true})
}
