// Package zitadelplaincopy is an OpenID provider on zitadel/oidc's op
// whose storage keeps each authorization request's challenge as the
// library type, built by a helper with the method the client sent.
// zitadel verifies plain (and method-less) challenges as the verifier
// itself: the provider accepts plain, reported where the method is set.
package zitadelplaincopy

import (
	"context"
	"sync"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type authRequest struct {
	id, clientID, redirect, state, nonce string
	scopes                               []string
	challenge                            *oidc.CodeChallenge
	created                              time.Time
}

func (a *authRequest) GetID() string                         { return a.id }
func (a *authRequest) GetACR() string                        { return "" }
func (a *authRequest) GetAMR() []string                      { return nil }
func (a *authRequest) GetAudience() []string                 { return []string{a.clientID} }
func (a *authRequest) GetAuthTime() time.Time                { return a.created }
func (a *authRequest) GetClientID() string                   { return a.clientID }
func (a *authRequest) GetCodeChallenge() *oidc.CodeChallenge { return a.challenge }
func (a *authRequest) GetNonce() string                      { return a.nonce }
func (a *authRequest) GetRedirectURI() string                { return a.redirect }
func (a *authRequest) GetResponseType() oidc.ResponseType    { return oidc.ResponseTypeCode }
func (a *authRequest) GetResponseMode() oidc.ResponseMode    { return "" }
func (a *authRequest) GetScopes() []string                   { return a.scopes }
func (a *authRequest) GetState() string                      { return a.state }
func (a *authRequest) GetSubject() string                    { return "" }
func (a *authRequest) Done() bool                            { return false }

var _ op.AuthRequest = (*authRequest)(nil)

func challengeOf(r *oidc.AuthRequest) *oidc.CodeChallenge {
	if r.CodeChallenge == "" {
		return nil
	}
	return &oidc.CodeChallenge{
		Challenge: r.CodeChallenge,
		Method:    r.CodeChallengeMethod, // want `this authorization server accepts code_challenge_method=plain: the code challenge handed to the provider \(the AuthRequest's GetCodeChallenge\) keeps the code_challenge_method the client sent`
	}
}

type Storage struct {
	mu       sync.Mutex
	requests map[string]*authRequest
}

func (s *Storage) CreateAuthRequest(ctx context.Context, r *oidc.AuthRequest, userID string) (op.AuthRequest, error) {
	a := &authRequest{
		id:        time.Now().Format(time.RFC3339Nano),
		clientID:  r.ClientID,
		redirect:  r.RedirectURI,
		state:     r.State,
		nonce:     r.Nonce,
		scopes:    r.Scopes,
		challenge: challengeOf(r),
		created:   time.Now(),
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests[a.id] = a
	return a, nil
}
