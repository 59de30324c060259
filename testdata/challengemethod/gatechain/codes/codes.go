// Package codes issues authorization codes for the web layer: Issue
// refuses the methods pkceutil does not list, plain among those it
// lists; IssueStrict takes S256 only; IssueRegistered hands the method to
// the client registry, which may refuse more.
package codes

import (
	"crypto/rand"
	"errors"

	"example.com/fixtures/challengemethod/gatechain/pkceutil"
)

var ErrMethod = errors.New("unsupported code_challenge_method")

type Registry interface {
	Allows(client, method string) bool
}

type Service struct {
	check pkceutil.Checker
	reg   Registry
	saved map[string][2]string
}

func (s *Service) Issue(client, challenge, method string) (string, error) {
	if challenge != "" {
		if !s.check.Supported(method) {
			return "", ErrMethod
		}
	}
	code := rand.Text()
	s.saved[code] = [2]string{challenge, method}
	return code, nil
}

func (s *Service) IssueStrict(client, challenge, method string) (string, error) {
	if !pkceutil.S256Only(method) {
		return "", ErrMethod
	}
	code := rand.Text()
	s.saved[code] = [2]string{challenge, method}
	return code, nil
}

func (s *Service) IssueRegistered(client, challenge, method string) (string, error) {
	if !s.check.Supported(method) {
		return "", ErrMethod
	}
	if !s.reg.Allows(client, method) {
		return "", ErrMethod
	}
	return rand.Text(), nil
}
