// Package optionalserver2 is optionalserver written differently: a
// token endpoint that reads no grant_type, and a verification helper that
// answers success first when the code carries no challenge. PKCE stays
// optional for every client: reported.
package optionalserver2

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
)

type grant struct{ challenge, redirect string }

type Server struct{ grants map[string]grant }

var errMismatch = errors.New("code_verifier does not match")

func checkVerifier(challenge, verifier string) error {
	if challenge == "" {
		return nil
	}
	h := sha256.Sum256([]byte(verifier))
	if base64.RawURLEncoding.EncodeToString(h[:]) != challenge {
		return errMismatch
	}
	return nil
}

func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	rand.Read(b)
	code := base64.RawURLEncoding.EncodeToString(b)
	s.grants[code] = grant{challenge: r.FormValue("code_challenge"), redirect: r.FormValue("redirect_uri")}
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code, http.StatusSeeOther)
}

func (s *Server) Token(w http.ResponseWriter, r *http.Request) {
	g, ok := s.grants[r.FormValue("code")] // want `this authorization server lets public clients skip PKCE: the token endpoint redeems the request's code without reading grant_type \(in Token\), and compares the code_verifier only when the code was issued with a code_challenge \(server.go:\d+, in checkVerifier\)`
	if !ok {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	v := r.FormValue("code_verifier")
	if err := checkVerifier(g.challenge, v); err != nil {
		http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, `{"access_token":"at-%d","token_type":"Bearer"}`, len(s.grants))
}
