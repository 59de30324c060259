// Package server is a hand-written authorization server whose token
// request struct is declared in another package (oauthtypes) and filled
// here from the form: it compares the code_verifier only when the token
// request sends one.
package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"sync"

	"github.com/rs/zerolog"

	"example.com/fixtures/pkce/downgrade3/oauthtypes"
)

type grant struct {
	clientID, redirectURI, challenge string
}

type Server struct {
	log   zerolog.Logger
	mu    sync.Mutex
	codes map[string]grant
}

func New(log zerolog.Logger) *Server { return &Server{log: log, codes: map[string]grant{}} }

func newCode() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("response_type") != "code" {
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
		return
	}
	if m := q.Get("code_challenge_method"); m != "" && m != "S256" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := newCode()
	s.mu.Lock()
	s.codes[c] = grant{clientID: q.Get("client_id"), redirectURI: q.Get("redirect_uri"), challenge: q.Get("code_challenge")}
	s.mu.Unlock()
	http.Redirect(w, r, q.Get("redirect_uri")+"?code="+c+"&state="+q.Get("state"), http.StatusFound)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	req := oauthtypes.TokenRequest{
		GrantType:    r.PostFormValue("grant_type"),
		Code:         r.PostFormValue("code"),
		RedirectURI:  r.PostFormValue("redirect_uri"),
		ClientID:     r.PostFormValue("client_id"),
		CodeVerifier: r.PostFormValue("code_verifier"),
	}
	s.log.Info().Str("grant_type", req.GrantType).Str("client_id", req.ClientID).Msg("token request")
	switch req.GrantType {
	case oauthtypes.GrantAuthorizationCode: // want `compares the code_verifier only when the token request sends one`
		s.redeem(w, &req)
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func (s *Server) redeem(w http.ResponseWriter, req *oauthtypes.TokenRequest) {
	s.mu.Lock()
	g, ok := s.codes[req.Code]
	delete(s.codes, req.Code)
	s.mu.Unlock()
	if !ok || g.clientID != req.ClientID || g.redirectURI != req.RedirectURI {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	if req.CodeVerifier != "" {
		sum := sha256.Sum256([]byte(req.CodeVerifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(&oauthtypes.TokenResponse{AccessToken: newCode(), TokenType: "Bearer", ExpiresIn: 3600})
}
