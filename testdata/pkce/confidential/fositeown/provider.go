// Package fositeown is pkce/fositeownclient run with -pkce.confidential:
// its clients are all confidential, and PKCE is missing for them.
package fositeown

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
	return compose.Compose(cfg, store, compose.NewOAuth2HMACStrategy(cfg), // want `this authorization server lets confidential clients skip PKCE: compose.Compose composes the authorization code flow without compose.OAuth2PKCEFactory.*every client type of the package \(App\) answers IsPublic\(\) with false`
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
	)
}
