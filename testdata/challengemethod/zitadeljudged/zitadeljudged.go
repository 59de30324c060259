// Package zitadeljudged copies the client's method into the challenge it
// hands zitadel, but CreateAuthRequest refuses any method other than
// S256 first: plain never reaches the token endpoint (silent).
package zitadeljudged

import (
	"context"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type request struct {
	op.AuthRequest
	challenge *oidc.CodeChallenge
}

func (r *request) GetCodeChallenge() *oidc.CodeChallenge { return r.challenge }

type Storage struct{ saved []*request }

func (s *Storage) CreateAuthRequest(_ context.Context, req *oidc.AuthRequest, _ string) (op.AuthRequest, error) {
	if req.CodeChallengeMethod != oidc.CodeChallengeMethodS256 {
		return nil, oidc.ErrInvalidRequest().WithDescription("code_challenge_method must be S256")
	}
	r := &request{challenge: &oidc.CodeChallenge{Challenge: req.CodeChallenge, Method: req.CodeChallengeMethod}}
	s.saved = append(s.saved, r)
	return r, nil
}
