// Package idp is a small identity provider on fosite, for the end-to-end
// test of the server side (analysistest/server_e2e_test.go): it composes
// every handler and keeps fosite's PKCE defaults, with plain challenges
// on, and loads its clients from a file (unknown: every client may be
// public and use any response type).
package idp

import (
	"crypto/rsa"
	"encoding/json"
	"os"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

func New(secret []byte, key *rsa.PrivateKey, clientsFile string) (fosite.OAuth2Provider, error) {
	store := storage.NewMemoryStore()
	data, err := os.ReadFile(clientsFile)
	if err != nil {
		return nil, err
	}
	var clients map[string]*fosite.DefaultClient
	if err := json.Unmarshal(data, &clients); err != nil {
		return nil, err
	}
	for id, c := range clients {
		store.Clients[id] = c
	}
	config := &fosite.Config{
		GlobalSecret:                   secret,
		AccessTokenLifespan:            time.Hour,
		EnablePKCEPlainChallengeMethod: true,
	}
	return compose.ComposeAllEnabled(config, store, key), nil
}
