// Package authz composes the provider from a configuration its callers
// write: the PKCE decisions are theirs (reported where they write it).
package authz

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func NewProvider(store *storage.MemoryStore, config *fosite.Config) fosite.OAuth2Provider {
	strategy := &compose.CommonStrategy{CoreStrategy: compose.NewOAuth2HMACStrategy(config)}
	return compose.Compose(config, store, strategy,
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
		compose.OAuth2PKCEFactory,
	)
}
