// Package fositeexamplestore is a playground provider whose only clients
// are fosite's example store's, which all have secrets: no public client
// can skip PKCE, and nothing is reported (without -pkce.confidential).
package fositeexamplestore

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

var store = storage.NewExampleStore()

func NewProvider(secret []byte) fosite.OAuth2Provider {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(&fosite.Config{GlobalSecret: secret}, store, key)
}
