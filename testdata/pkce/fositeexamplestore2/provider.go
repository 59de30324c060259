// Package fositeexamplestore2 starts from fosite's example store and adds
// a public client of its own: that client may skip PKCE.
package fositeexamplestore2

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func NewProvider(secret []byte) fosite.OAuth2Provider {
	s := storage.NewExampleStore()
	s.Clients["cli"] = &fosite.DefaultClient{ID: "cli", Public: true, RedirectURIs: []string{"http://127.0.0.1/callback"}}
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(&fosite.Config{GlobalSecret: secret}, s, key) // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`
}
