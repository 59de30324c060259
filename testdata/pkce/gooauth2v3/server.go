// Package gooauth2v3: go-oauth2 v3 (github.com/go-oauth2/oauth2 v3.9.2)
// has no PKCE at all; a client registered without a secret is public,
// so the message says the release cannot require PKCE rather than
// suggest a ForcePKCE field it lacks. A server whose only client is
// confidential is silent.
package gooauth2v3

import (
	"github.com/go-oauth2/oauth2/manage"
	"github.com/go-oauth2/oauth2/models"
	"github.com/go-oauth2/oauth2/server"
	"github.com/go-oauth2/oauth2/store"
)

type Provider struct {
	oauth *server.Server
}

func NewProvider() *Provider {
	m := manage.NewDefaultManager()
	cs := store.NewClientStore()
	cs.Set("mobile", &models.Client{ID: "mobile", Domain: "https://app.example.org"})
	m.MapClientStorage(cs)
	return &Provider{oauth: server.NewDefaultServer(m)} // want `this authorization server lets public clients skip PKCE: this go-oauth2 release has no PKCE support at all \(its server.Config has no ForcePKCE\); a code intercepted on its way to a native or browser app is then redeemable; move to github.com/go-oauth2/oauth2/v4, which verifies code_challenge, and set ForcePKCE: true in server.Config \(RFC 9700`
}
