// Package hardened is the same identity provider done right: only the
// code and refresh handlers with PKCE, PKCE enforced, S256 only.
package hardened

import (
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func New(secret []byte, key *rsa.PrivateKey, store *storage.MemoryStore) fosite.OAuth2Provider {
	config := &fosite.Config{GlobalSecret: secret, EnforcePKCE: true}
	strategy := compose.NewOAuth2HMACStrategy(config)
	return compose.Compose(config, store, &compose.CommonStrategy{CoreStrategy: strategy},
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
		compose.OAuth2PKCEFactory,
	)
}
