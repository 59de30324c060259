// Package fositeplain turns on fosite's plain PKCE method in one
// provider; the other accepts only S256.
package fositeplain

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func Legacy(secret []byte) fosite.OAuth2Provider {
	cfg := &fosite.Config{
		GlobalSecret:                   secret,
		EnforcePKCE:                    true,
		EnablePKCEPlainChallengeMethod: true, // want `this authorization server accepts code_challenge_method=plain: it sets EnablePKCEPlainChallengeMethod to true; .*leave EnablePKCEPlainChallengeMethod false`
	}
	return compose.Compose(cfg, storage.NewExampleStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}

func Inline(secret []byte) fosite.OAuth2Provider {
	return compose.Compose(&fosite.Config{GlobalSecret: secret, EnablePKCEPlainChallengeMethod: true, EnforcePKCE: true}, storage.NewExampleStore(), nil, // want `this authorization server accepts code_challenge_method=plain`
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}

func Current(secret []byte) fosite.OAuth2Provider {
	cfg := &fosite.Config{GlobalSecret: secret, EnforcePKCE: true}
	return compose.Compose(cfg, storage.NewExampleStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
