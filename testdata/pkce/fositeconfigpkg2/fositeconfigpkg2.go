// Package fositeconfigpkg2 composes its providers from configurations
// another package returns with an error: the default one lets public
// clients skip PKCE (reported at the call); the one from a file is
// unknown (silent).
package fositeconfigpkg2

import (
	"example.com/fixtures/pkce/fositeconfigpkg2/oidcconf"
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func Build(secret []byte) (fosite.OAuth2Provider, error) {
	conf, err := oidcconf.Default(secret) // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false \(in the configuration oidcconf.Default returns, written at oidcconf.go:14\)`
	if err != nil {
		return nil, err
	}
	return compose.Compose(conf, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(conf),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory), nil
}

func Configured(path string) (fosite.OAuth2Provider, error) {
	conf, err := oidcconf.FromFile(path)
	if err != nil {
		return nil, err
	}
	return compose.Compose(conf, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(conf),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory), nil
}
