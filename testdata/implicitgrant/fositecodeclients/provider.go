// Package fositecodeclients composes every handler but registers its
// only clients in code, none of which may use a token response type:
// the implicit grant is unusable, so nothing is reported.
package fositecodeclients

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func NewProvider(secret []byte) fosite.OAuth2Provider {
	store := &storage.MemoryStore{
		Clients: map[string]fosite.Client{
			"web": &fosite.DefaultClient{
				ID:            "web",
				Secret:        []byte(`$2a$10$IxMdI6d.LIRZPpSfEwNoeu4rY3FhDREsxFJXikcgdRRAStxUlsuEO`),
				RedirectURIs:  []string{"https://app.example.com/callback"},
				ResponseTypes: []string{"code"},
				GrantTypes:    []string{"authorization_code", "refresh_token"},
			},
			"cli": &fosite.DefaultClient{
				ID:           "cli",
				Public:       true,
				RedirectURIs: []string{"http://127.0.0.1/callback"},
			},
		},
	}
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	return compose.ComposeAllEnabled(&fosite.Config{GlobalSecret: secret, EnforcePKCE: true}, store, key)
}
