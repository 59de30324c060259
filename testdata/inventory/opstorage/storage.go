// Package opstorage is the storage of an OpenID provider built on
// zitadel/oidc v3's op package: CreateAuthRequest receives the
// authorization request the provider parsed and keeps it, as JSON, in the
// provider's own store. Nothing here asks another server for anything:
// the inventory lists no client flow.
package opstorage

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type pending struct {
	ID            string     `json:"id"`
	ClientID      string     `json:"client_id"`
	RedirectURI   string     `json:"redirect_uri"`
	State         string     `json:"state"`
	Nonce         string     `json:"nonce"`
	ResponseType  string     `json:"response_type"`
	Scopes        []string   `json:"scope"`
	CodeChallenge *challenge `json:"code_challenge"`
	UserID        string     `json:"user_id"`
	IsDone        bool       `json:"done"`
	Created       time.Time  `json:"created"`
}

type challenge struct {
	Value  string `json:"code_challenge"`
	Method string `json:"code_challenge_method"`
}

func (p *pending) GetID() string                      { return p.ID }
func (p *pending) GetACR() string                     { return "" }
func (p *pending) GetAMR() []string                   { return nil }
func (p *pending) GetAudience() []string              { return []string{p.ClientID} }
func (p *pending) GetAuthTime() time.Time             { return p.Created }
func (p *pending) GetClientID() string                { return p.ClientID }
func (p *pending) GetNonce() string                   { return p.Nonce }
func (p *pending) GetRedirectURI() string             { return p.RedirectURI }
func (p *pending) GetResponseType() oidc.ResponseType { return oidc.ResponseType(p.ResponseType) }
func (p *pending) GetResponseMode() oidc.ResponseMode { return "" }
func (p *pending) GetScopes() []string                { return p.Scopes }
func (p *pending) GetState() string                   { return p.State }
func (p *pending) GetSubject() string                 { return p.UserID }
func (p *pending) Done() bool                         { return p.IsDone }

func (p *pending) GetCodeChallenge() *oidc.CodeChallenge {
	if p.CodeChallenge == nil {
		return nil
	}
	return &oidc.CodeChallenge{Challenge: p.CodeChallenge.Value, Method: oidc.CodeChallengeMethod(p.CodeChallenge.Method)}
}

var _ op.AuthRequest = (*pending)(nil)

// Store keeps the provider's pending requests, as JSON, in memory.
type Store struct {
	mu   sync.Mutex
	rows map[string][]byte
}

// CreateAuthRequest is op.AuthStorage's: the provider hands over the
// request it received.
func (s *Store) CreateAuthRequest(ctx context.Context, req *oidc.AuthRequest, userID string) (op.AuthRequest, error) {
	p := &pending{
		ID:           time.Now().Format(time.RFC3339Nano),
		ClientID:     req.ClientID,
		RedirectURI:  req.RedirectURI,
		State:        req.State,
		Nonce:        req.Nonce,
		ResponseType: string(req.ResponseType),
		Scopes:       req.Scopes,
		UserID:       userID,
		IsDone:       userID != "",
		Created:      time.Now(),
	}
	if req.CodeChallenge != "" {
		p.CodeChallenge = &challenge{Value: req.CodeChallenge, Method: string(req.CodeChallengeMethod)}
	}
	data, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rows == nil {
		s.rows = make(map[string][]byte)
	}
	s.rows[p.ID] = data
	return p, nil
}

// AuthRequestByID is op.AuthStorage's.
func (s *Store) AuthRequestByID(ctx context.Context, id string) (op.AuthRequest, error) {
	s.mu.Lock()
	data, ok := s.rows[id]
	s.mu.Unlock()
	if !ok {
		return nil, errors.New("not found")
	}
	var p pending
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Export writes a pending request out for another replica of the
// provider; recordOf is a plain function, not a storage method: the
// record is still the one the provider received (its fields are
// *oidc.AuthRequest's).
func (s *Store) Export(req *oidc.AuthRequest) ([]byte, error) {
	return json.Marshal(recordOf(req))
}

func recordOf(req *oidc.AuthRequest) *pending {
	return &pending{
		ClientID:     req.ClientID,
		RedirectURI:  req.RedirectURI,
		State:        req.State,
		ResponseType: string(req.ResponseType),
	}
}
