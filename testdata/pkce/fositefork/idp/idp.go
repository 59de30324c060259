// Package idp uses the in-repo fosite copy with its PKCE defaults.
package idp

import (
	"example.com/fixtures/pkce/fositefork/fosite"
	"example.com/fixtures/pkce/fositefork/fosite/compose"
)

func Provider(secret []byte, store, key interface{}) fosite.OAuth2Provider {
	cfg := &fosite.Config{GlobalSecret: secret} // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`
	return compose.ComposeAllEnabled(cfg, store, key)
}
