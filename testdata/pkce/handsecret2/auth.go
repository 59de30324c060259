// Package handsecret2 is handsecret written differently: the config is
// a local variable of the login handler, and the code is redeemed with a
// JSON body whose map carries client_secret. Silent.
package handsecret2

import (
	"bytes"
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
)

type Handler struct {
	Secret string
	States map[string]bool
}

func (h *Handler) Start(w http.ResponseWriter, r *http.Request) {
	cfg := oauth2.Config{
		ClientID:    "dash",
		RedirectURL: "https://dash.example.net/oauth/done",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.net/oauth/authorize", TokenURL: "https://idp.example.net/oauth/token"},
	}
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, cfg.AuthCodeURL(st), http.StatusSeeOther)
}

func (h *Handler) Done(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("oauth_state")
	if err != nil || ck.Value == "" || ck.Value != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	body, _ := json.Marshal(map[string]string{
		"grant_type":    "authorization_code",
		"client_id":     "dash",
		"client_secret": h.Secret,
		"code":          r.URL.Query().Get("code"),
		"redirect_uri":  "https://dash.example.net/oauth/done",
	})
	resp, err := http.Post("https://idp.example.net/oauth/token", "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}
