// Package fositebuilder writes fosite's configuration and hands it to
// another package's function that composes the provider: without
// EnforcePKCEForPublicClients, public clients skip PKCE (reported at the
// literal). A configuration that enforces PKCE, and one read from a
// file, are silent.
package fositebuilder

import (
	"encoding/json"
	"os"
	"time"

	"example.com/fixtures/pkce/fositebuilder/authz"
	"github.com/ory/fosite"
	"github.com/ory/fosite/storage"
)

type App struct{ provider fosite.OAuth2Provider }

func New(key [32]byte) *App {
	cfg := &fosite.Config{GlobalSecret: key[:], AccessTokenLifespan: 24 * time.Hour} // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false \(this configuration is handed to authz.NewProvider, which builds the server at authz.go:13\)`
	return &App{provider: authz.NewProvider(storage.NewMemoryStore(), cfg)}
}

func Strict(key []byte) fosite.OAuth2Provider {
	return authz.NewProvider(storage.NewMemoryStore(), &fosite.Config{GlobalSecret: key, EnforcePKCE: true})
}

func FromFile(path string) (fosite.OAuth2Provider, error) {
	var cfg fosite.Config
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	return authz.NewProvider(storage.NewMemoryStore(), &cfg), nil
}
