// Package fositeparam writes fosite's configuration where the provider
// starts and hands it to the helper that composes the provider, called
// once: the configuration is the caller's (reported there). A helper
// called with two configurations decides nothing by itself (silent).
package fositeparam

import (
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

type Provider struct {
	oauth fosite.OAuth2Provider
}

func New(secret []byte) *Provider {
	cfg := &fosite.Config{
		GlobalSecret:                   secret,
		AccessTokenLifespan:            time.Hour,
		EnforcePKCEForPublicClients:    false, // want `this authorization server lets public clients skip PKCE: it sets EnforcePKCEForPublicClients to false`
		EnablePKCEPlainChallengeMethod: true,
	}
	return &Provider{oauth: compose_(cfg, storage.NewMemoryStore())}
}

func compose_(cfg *fosite.Config, store *storage.MemoryStore) fosite.OAuth2Provider {
	return compose.Compose(cfg, store, compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory, compose.OAuth2RefreshTokenGrantFactory)
}

func twice(secret []byte) (fosite.OAuth2Provider, fosite.OAuth2Provider) {
	strict := &fosite.Config{GlobalSecret: secret, EnforcePKCE: true}
	other := &fosite.Config{GlobalSecret: secret}
	return assemble(strict), assemble(other)
}

func assemble(c *fosite.Config) fosite.OAuth2Provider {
	return compose.Compose(c, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(c),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
