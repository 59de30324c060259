// Package fositev029 is a provider on fosite v0.29.2, whose
// compose.Compose takes a hasher before its handler factories
// (Compose(config, storage, strategy, hasher, factories...)): the
// factories are read from the variadic list wherever it starts.
package fositev029

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

var secret = []byte("some-cool-secret-that-is-32bytes")

// NoPKCE composes the code flow without the PKCE factory.
func NoPKCE(hasher fosite.Hasher) fosite.OAuth2Provider {
	cfg := &compose.Config{}
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg, secret, nil), hasher, // want `this authorization server lets public clients skip PKCE: compose.Compose composes the authorization code flow without compose.OAuth2PKCEFactory`
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2RefreshTokenGrantFactory,
	)
}

// Enforced composes the PKCE factory with EnforcePKCE (v0.29.2 forces a
// challenge on every request, public or not): silent.
func Enforced(hasher fosite.Hasher) fosite.OAuth2Provider {
	cfg := &compose.Config{EnforcePKCE: true}
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg, secret, nil), hasher,
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2PKCEFactory,
	)
}

// Optional composes the PKCE factory but leaves EnforcePKCE false: a
// client that sends no challenge skips PKCE (reported; v0.29.2 has no
// EnforcePKCEForPublicClients, so the advice names EnforcePKCE).
func Optional(hasher fosite.Hasher) fosite.OAuth2Provider {
	cfg := &compose.Config{} // want `this authorization server lets public clients skip PKCE: compose.Config leaves EnforcePKCE false`
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg, secret, nil), hasher,
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2PKCEFactory,
	)
}

// Assigned sets EnforcePKCE field by field, which in v0.29.2 makes every
// public client send a challenge (silent).
func Assigned(hasher fosite.Hasher) fosite.OAuth2Provider {
	cfg := new(compose.Config)
	cfg.EnforcePKCE = true
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg, secret, nil), hasher,
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2PKCEFactory,
	)
}
