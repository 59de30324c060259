// Package fositeownclientpublic has a client type of its own whose
// IsPublic reads a field: public clients exist, and may skip PKCE under
// the config's defaults (reported).
package fositeownclientpublic

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
)

type app struct {
	id     string
	public bool
}

func (a *app) GetID() string                      { return a.id }
func (a *app) GetHashedSecret() []byte            { return nil }
func (a *app) GetRedirectURIs() []string          { return nil }
func (a *app) GetGrantTypes() fosite.Arguments    { return fosite.Arguments{"authorization_code"} }
func (a *app) GetResponseTypes() fosite.Arguments { return fosite.Arguments{"code"} }
func (a *app) GetScopes() fosite.Arguments        { return nil }
func (a *app) GetAudience() fosite.Arguments      { return nil }
func (a *app) IsPublic() bool                     { return a.public }

func Provider(store fosite.Storage) fosite.OAuth2Provider {
	c := &fosite.Config{GlobalSecret: []byte("0123456789abcdef0123456789abcdef")} // want `this authorization server lets public clients skip PKCE: fosite.Config leaves EnforcePKCEForPublicClients false`
	return compose.Compose(c, store, compose.NewOAuth2HMACStrategy(c),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2PKCEFactory,
	)
}
