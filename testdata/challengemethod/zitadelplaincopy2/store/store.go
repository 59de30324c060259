// Package store is zitadelplaincopy written differently: the provider's
// storage lives in its own package and keeps the challenge in a record
// of its own, the method as a string, converted back when the provider
// asks for it. The method is still the client's: plain accepted.
package store

import (
	"context"
	"errors"
	"sync"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type pkce struct {
	Challenge string
	Method    string
}

type Pending struct {
	ID       string
	ClientID string
	PKCE     *pkce
	op.AuthRequest
}

func (p *Pending) GetCodeChallenge() *oidc.CodeChallenge {
	if p.PKCE == nil {
		return nil
	}
	return &oidc.CodeChallenge{Challenge: p.PKCE.Challenge, Method: oidc.CodeChallengeMethod(p.PKCE.Method)} // want `this authorization server accepts code_challenge_method=plain`
}

type Memory struct {
	mu   sync.Mutex
	byID map[string]*Pending
}

func (m *Memory) CreateAuthRequest(_ context.Context, req *oidc.AuthRequest, _ string) (op.AuthRequest, error) {
	if req.ClientID == "" {
		return nil, errors.New("no client")
	}
	p := &Pending{ID: req.State + req.Nonce, ClientID: req.ClientID}
	if req.CodeChallenge != "" {
		p.PKCE = &pkce{Challenge: req.CodeChallenge}
		p.PKCE.Method = string(req.CodeChallengeMethod)
	}
	m.mu.Lock()
	m.byID[p.ID] = p
	m.mu.Unlock()
	return p, nil
}
