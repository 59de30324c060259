// Package fositeconfigpkg composes fosite from a configuration another
// package's function returns: its plain PKCE is reported at the call that
// gets it. A provider that turns plain off on its copy is silent.
package fositeconfigpkg

import (
	"example.com/fixtures/challengemethod/fositeconfigpkg/settings"
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func Provider(secret []byte) fosite.OAuth2Provider {
	cfg := settings.Fosite(secret) // want `this authorization server accepts code_challenge_method=plain: it sets EnablePKCEPlainChallengeMethod to true \(in the configuration settings.Fosite returns, written at settings.go:12\)`
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}

func StrictProvider(secret []byte) fosite.OAuth2Provider {
	cfg := settings.Fosite(secret)
	cfg.EnablePKCEPlainChallengeMethod = false
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
