// Package service is the server's logic, behind its HTTP layer: it keeps
// the authorization request and, at the token endpoint, verifies the
// code_verifier against it, verbatim when the stored method is plain
// (reported), by its S256 hash otherwise.
package service

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"

	"example.com/fixtures/challengemethod/storedmethod/model"
)

type Service struct {
	pending map[string]model.AuthRequest
}

func (s *Service) Begin(code string, req model.AuthRequest) { s.pending[code] = req }

func (s *Service) Redeem(code, verifier string) error {
	req, ok := s.pending[code]
	if !ok {
		return errors.New("invalid_grant")
	}
	delete(s.pending, code)
	if !verify(req.Challenge, verifier, req.ChallengeMethod) {
		return errors.New("invalid_grant")
	}
	return nil
}

func verify(challenge, verifier string, method model.Method) bool {
	if challenge == "" && verifier == "" {
		return true
	}
	switch method {
	case model.MethodS256:
		sum := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(sum[:]) == challenge
	case model.MethodPlain: // want `this authorization server accepts code_challenge_method=plain`
		return challenge == verifier
	}
	return false
}
