// Package fositeconfidential keeps fosite's PKCE defaults, but the only
// clients it registers, in code, are confidential: no public client can
// skip PKCE, and nothing is reported.
package fositeconfidential

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

var clients = map[string]fosite.Client{
	"billing": &fosite.DefaultClient{
		ID:           "billing",
		Secret:       []byte(`$2a$10$IxMdI6d.LIRZPpSfEwNoeu4rY3FhDREsxFJXikcgdRRAStxUlsuEO`),
		RedirectURIs: []string{"https://billing.example.com/callback"},
	},
	"portal": &fosite.DefaultClient{
		ID:           "portal",
		Secret:       []byte(`$2a$10$IxMdI6d.LIRZPpSfEwNoeu4rY3FhDREsxFJXikcgdRRAStxUlsuEO`),
		RedirectURIs: []string{"https://portal.example.com/callback"},
		Public:       false,
	},
}

func NewProvider(secret []byte) fosite.OAuth2Provider {
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	store := &storage.MemoryStore{Clients: clients}
	return compose.ComposeAllEnabled(&fosite.Config{GlobalSecret: secret}, store, key)
}
