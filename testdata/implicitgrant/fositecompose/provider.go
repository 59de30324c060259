// Package fositecompose composes fosite's handlers one by one: the
// implicit factory is reported where it is listed, the code-only
// provider is not.
package fositecompose

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

type Provider struct {
	OAuth2 fosite.OAuth2Provider
}

func legacy(cfg *fosite.Config, store *storage.MemoryStore) fosite.OAuth2Provider {
	strategy := compose.NewOAuth2HMACStrategy(cfg)
	factories := []compose.Factory{compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory}
	factories = append(factories, compose.OAuth2AuthorizeImplicitFactory) // want `this authorization server allows the implicit grant for every client: compose.Compose registers compose.OAuth2AuthorizeImplicitFactory`
	return compose.Compose(cfg, store, strategy, factories...)
}

// New composes only what the code flow needs: no finding.
func New(cfg *fosite.Config, store *storage.MemoryStore) *Provider {
	return &Provider{OAuth2: compose.Compose(cfg, store, compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
		compose.OAuth2PKCEFactory,
		compose.OpenIDConnectExplicitFactory,
	)}
}

var _ = legacy
