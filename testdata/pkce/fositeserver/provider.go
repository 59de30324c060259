// Package fositeserver composes every fosite handler with the default
// PKCE settings: public clients may skip PKCE.
package fositeserver

import (
	"crypto/rand"
	"crypto/rsa"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func NewProvider(secret []byte) fosite.OAuth2Provider {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(&fosite.Config{ // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false; .*compose compose.OAuth2PKCEFactory and set EnforcePKCEForPublicClients: true`
		AccessTokenLifespan: time.Hour,
		GlobalSecret:        secret,
	}, storage.NewMemoryStore(), key)
}

// Enforced: no finding.
func Enforced(secret []byte) fosite.OAuth2Provider {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(&fosite.Config{
		GlobalSecret:                secret,
		EnforcePKCEForPublicClients: true,
	}, storage.NewMemoryStore(), key)
}
