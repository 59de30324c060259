// Package fieldmethod2 keeps the request's challenge method in a session
// field set by an assignment, and verifies with an if chain; its S256-only
// twin below refuses anything else.
package fieldmethod2

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

type session struct {
	challenge, challengeMethod string
}

type strictSession struct {
	challenge, challengeMethod string
}

func start(r *http.Request) *session {
	s := new(session)
	s.challenge = r.Form.Get("code_challenge")
	s.challengeMethod = r.Form.Get("code_challenge_method")
	return s
}

func (s *session) ok(verifier string) bool {
	if s.challengeMethod == "S256" {
		sum := sha256.Sum256([]byte(verifier))
		return hex.EncodeToString(sum[:]) == s.challenge
	}
	if s.challengeMethod == "plain" { // want `this authorization server accepts code_challenge_method=plain`
		return verifier == s.challenge
	}
	return false
}

func startStrict(r *http.Request) *strictSession {
	s := new(strictSession)
	s.challenge = r.Form.Get("code_challenge")
	s.challengeMethod = r.Form.Get("code_challenge_method")
	return s
}

func (s *strictSession) ok(verifier string) bool {
	if s.challengeMethod != "S256" {
		return false
	}
	sum := sha256.Sum256([]byte(verifier))
	return hex.EncodeToString(sum[:]) == s.challenge
}

func Handle(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	if !start(r).ok(r.Form.Get("code_verifier")) || !startStrict(r).ok(r.Form.Get("code_verifier")) {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
	}
}
