// Package idp builds its provider in a method, from a configuration the
// caller passes; it enforces nothing itself.
package idp

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"
)

type Builder struct{ Store *storage.MemoryStore }

func (b *Builder) Build(secret []byte, c *fosite.Config) fosite.OAuth2Provider {
	c.GlobalSecret = secret
	return compose.ComposeAllEnabled(c, b.Store, nil)
}
