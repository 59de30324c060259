// Package boundtoken: a token endpoint on net/http that decodes its JSON
// body into a struct and refuses it unless the client store
// authenticates the client_secret it carries (err != nil): confidential
// clients only, reported with -pkce.confidential since nothing of the
// server reads a code_verifier.
package boundtoken

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

type tokenBody struct {
	Code         string `json:"code"`
	ClientID     string `json:"client_id"`
	ClientSecret string `json:"client_secret"`
}

type Store interface {
	Authenticate(id, secret string) error
	Redeem(code, client string) (string, bool)
	Remember(client string) string
}

type Server struct{ store Store }

func newToken() string {
	b := make([]byte, 20)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	code := s.store.Remember(r.URL.Query().Get("client_id"))
	http.Redirect(w, r, "https://app.example.com/callback?code="+code, http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	var body tokenBody
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	err := s.store.Authenticate(body.ClientID, body.ClientSecret)
	if err != nil {
		http.Error(w, "invalid_client", http.StatusUnauthorized)
		return
	}
	subject, ok := s.store.Redeem(body.Code, body.ClientID) // want `this authorization server lets confidential clients skip PKCE`
	if !ok {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": newToken(), "token_type": "Bearer", "sub": subject})
}
