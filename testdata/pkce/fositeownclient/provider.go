// Package fositeownclient composes fosite's code flow without the PKCE
// factory, over clients of its own type whose IsPublic always answers
// false: every client authenticates at the token endpoint, there are no
// public clients, and nothing is reported without -pkce.confidential.
package fositeownclient

import (
	"context"
	"errors"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

type App struct {
	ID           string
	SecretHash   []byte
	Callbacks    []string
	AllowedScope fosite.Arguments
}

func (a *App) GetID() string                      { return a.ID }
func (a *App) GetHashedSecret() []byte            { return a.SecretHash }
func (a *App) GetRedirectURIs() []string          { return a.Callbacks }
func (a *App) GetGrantTypes() fosite.Arguments    { return fosite.Arguments{"authorization_code", "refresh_token"} }
func (a *App) GetResponseTypes() fosite.Arguments { return fosite.Arguments{"code"} }
func (a *App) GetScopes() fosite.Arguments        { return a.AllowedScope }
func (a *App) IsPublic() bool                     { return false }
func (a *App) GetAudience() fosite.Arguments      { return nil }

type apps struct {
	*storage.MemoryStore
	byID map[string]*App
}

func (s *apps) GetClient(_ context.Context, id string) (fosite.Client, error) {
	if a, ok := s.byID[id]; ok {
		return a, nil
	}
	return nil, errors.New("not found")
}

var cfg = &fosite.Config{GlobalSecret: []byte("some-secret-that-is-32-bytes-long")}

func New() fosite.OAuth2Provider {
	store := &apps{MemoryStore: storage.NewMemoryStore(), byID: map[string]*App{}}
	return compose.Compose(cfg, store, compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
	)
}
