// Package keptverifier2 keeps the verifier in a field of the session
// object a middleware restores, and reads it straight from there at the
// exchange: silent.
package keptverifier2

import (
	"context"

	"golang.org/x/oauth2"
)

type Session struct {
	State    string
	Verifier string
}

type Flow struct {
	Conf *oauth2.Config
}

func (f *Flow) Start(s *Session) string {
	s.State, s.Verifier = oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	return f.Conf.AuthCodeURL(s.State, oauth2.S256ChallengeOption(s.Verifier))
}

func (f *Flow) Finish(ctx context.Context, s *Session, state, code string) (*oauth2.Token, error) {
	if state == "" || state != s.State {
		return nil, context.Canceled
	}
	verifier := s.Verifier
	return f.Conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}
