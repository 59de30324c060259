// Package clientauthbranch2: the dispatch as an if chain on net/http,
// each grant handed to a method. The code grant's method has the store
// authenticate the form's client_secret and returns on its error: only
// confidential clients redeem codes (silent without -pkce.confidential).
// The refresh method asks no secret, and redeems no code.
package clientauthbranch2

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type Store interface {
	Authenticate(clientID, secret string) error
	Take(code string) (string, bool)
	Put(client string) string
}

type Server struct{ store Store }

func mint() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	code := s.store.Put(r.URL.Query().Get("client_id"))
	http.Redirect(w, r, "https://app.example.com/cb?code="+code, http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	if gt := r.PostFormValue("grant_type"); gt == "authorization_code" {
		s.exchange(w, r)
		return
	} else if gt == "refresh_token" {
		s.refresh(w, r)
		return
	}
	http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
}

func (s *Server) exchange(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Authenticate(r.PostFormValue("client_id"), r.PostFormValue("client_secret")); err != nil {
		http.Error(w, "invalid_client", http.StatusUnauthorized)
		return
	}
	if _, ok := s.store.Take(r.PostFormValue("code")); !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": mint(), "token_type": "Bearer"})
}

func (s *Server) refresh(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": mint(), "token_type": "Bearer"})
}
