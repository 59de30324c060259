// Package zitadels256 keeps only the challenge the client sent and hands
// zitadel an S256 record whatever method was asked: a plain challenge
// then never verifies (silent).
package zitadels256

import (
	"context"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type request struct {
	op.AuthRequest
	challenge string
}

func (r *request) GetCodeChallenge() *oidc.CodeChallenge {
	if r.challenge == "" {
		return nil
	}
	return &oidc.CodeChallenge{Challenge: r.challenge, Method: oidc.CodeChallengeMethodS256}
}

type Storage struct{ saved []*request }

func (s *Storage) CreateAuthRequest(_ context.Context, req *oidc.AuthRequest, _ string) (op.AuthRequest, error) {
	r := &request{challenge: req.CodeChallenge}
	s.saved = append(s.saved, r)
	return r, nil
}
