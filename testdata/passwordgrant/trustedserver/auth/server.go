// Package auth is a first-party login server that composes fosite's
// password handler; -passwordgrant.trusted lists it.
package auth

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func Provider(cfg *fosite.Config) fosite.OAuth2Provider {
	return compose.Compose(cfg, storage.NewExampleStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2ResourceOwnerPasswordCredentialsFactory,
		compose.OAuth2PKCEFactory,
	)
}
