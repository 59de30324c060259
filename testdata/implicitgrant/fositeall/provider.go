// Package fositeall is an identity provider that composes every fosite
// handler: the implicit and hybrid flows come with it.
package fositeall

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

var secret = []byte("some-cool-secret-that-is-32bytes")

func NewProvider() fosite.OAuth2Provider {
	config := &fosite.Config{
		GlobalSecret:                secret,
		EnforcePKCEForPublicClients: true,
	}
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(config, storage.NewExampleStore(), key) // want `this authorization server allows the implicit grant for every client: compose.ComposeAllEnabled registers fosite's implicit and hybrid factories`
}
