// Package sendsown is a small authorization server with the
// authorization code grant only: its token endpoint never reads
// grant_type, and nothing of it reads a code_verifier. It also checks a
// CAS ticket upstream with a request of its own, which forwards nothing
// of the token request: reported as redeemonly is.
package sendsown

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"sync"
)

type grant struct{ subject, clientID string }

type Server struct {
	mu      sync.Mutex
	codes   map[string]grant
	clients map[string]string // client_id -> redirect URI
}

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirect, ok := s.clients[q.Get("client_id")]
	if !ok || redirect != q.Get("redirect_uri") {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := token()
	s.mu.Lock()
	s.codes[c] = grant{subject: "alice", clientID: q.Get("client_id")}
	s.mu.Unlock()
	http.Redirect(w, r, redirect+"?"+url.Values{"code": {c}, "state": {q.Get("state")}}.Encode(), http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code") // want `this authorization server lets public clients skip PKCE: the token endpoint redeems the request's code without reading grant_type`
	s.mu.Lock()
	g, ok := s.codes[code]
	delete(s.codes, code)
	s.mu.Unlock()
	if !ok || g.clientID != r.FormValue("client_id") {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"access_token": token(), "token_type": "Bearer", "expires_in": 3600})
}

// CASCheck validates a single sign-on ticket with the CAS server.
func (s *Server) CASCheck(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://sso.example.com/serviceValidate?service=app&ticket=" + url.QueryEscape(r.FormValue("ticket")))
	if err != nil {
		http.Error(w, "sso unavailable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusNoContent)
}
