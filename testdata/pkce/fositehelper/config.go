// Package fositehelper builds fosite's configuration in helper
// functions, field by field, or reads it from a file.
package fositehelper

import (
	"encoding/json"
	"os"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func strictConfig(secret []byte) *fosite.Config {
	c := &fosite.Config{}
	c.GlobalSecret = secret
	c.EnforcePKCE = true
	return c
}

func laxConfig(secret []byte) *fosite.Config {
	c := &fosite.Config{} // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`
	c.GlobalSecret = secret
	c.AccessTokenLifespan = time.Hour
	return c
}

func Strict(secret []byte) fosite.OAuth2Provider {
	cfg := strictConfig(secret)
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}

func Lax(secret []byte) fosite.OAuth2Provider {
	cfg := laxConfig(secret)
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}

// NoPKCEHandler enforces PKCE in its configuration but never composes
// the handler that checks it.
func NoPKCEHandler(secret []byte) fosite.OAuth2Provider {
	cfg := strictConfig(secret)
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg), // want `this authorization server lets public clients skip PKCE: compose.Compose composes the authorization code flow without compose.OAuth2PKCEFactory, so PKCE is never checked`
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2RefreshTokenGrantFactory)
}

// FromFile: the configuration is read at run time; unknown, silent.
func FromFile(path string) (fosite.OAuth2Provider, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg fosite.Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	return compose.Compose(&cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(&cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory), nil
}

// Zero starts from new(fosite.Config): its zero value lets public
// clients skip PKCE.
func Zero(secret []byte) fosite.OAuth2Provider {
	cfg := new(fosite.Config) // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`
	cfg.GlobalSecret = secret
	return compose.Compose(cfg, storage.NewMemoryStore(), compose.NewOAuth2HMACStrategy(cfg),
		compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory)
}
