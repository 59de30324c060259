// Package forwardsform hands out codes and redeems them by forwarding the
// token request's form whole to the upstream identity provider, a
// code_verifier included if the client sent one: the upstream decides
// PKCE (silent).
package forwardsform

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/url"
)

const upstream = "https://idp.internal.example/oauth/token"

type Server struct{ clients map[string]string }

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect, ok := s.clients[q.Get("client_id")]
	if !ok || redirect != q.Get("redirect_uri") {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirect+"?"+url.Values{"code": {rand.Text()}, "state": {q.Get("state")}}.Encode(), http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("code") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	form := r.PostForm
	resp, err := http.PostForm(upstream, form)
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		http.Error(w, "upstream answer unreadable", http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(tok)
}
