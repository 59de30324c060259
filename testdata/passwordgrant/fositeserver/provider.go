// Package fositeserver composes fosite's resource owner password
// credentials handler beside the code flow.
package fositeserver

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func newConfig(secret []byte) *fosite.Config {
	return &fosite.Config{GlobalSecret: secret, EnforcePKCE: true}
}

func Provider(secret []byte) fosite.OAuth2Provider {
	cfg := newConfig(secret)
	return compose.Compose(cfg, storage.NewExampleStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2ResourceOwnerPasswordCredentialsFactory, // want `this authorization server accepts the password grant for every client: compose.Compose registers compose.OAuth2ResourceOwnerPasswordCredentialsFactory`
		compose.OAuth2PKCEFactory,
	)
}

// CodeOnly: no finding.
func CodeOnly(secret []byte) fosite.OAuth2Provider {
	cfg := newConfig(secret)
	return compose.Compose(cfg, storage.NewExampleStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
