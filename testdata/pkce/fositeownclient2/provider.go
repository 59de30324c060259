// Package fositeownclient2 is fositeownclient written differently: the
// PKCE factory is composed with the config's defaults (PKCE optional for
// public clients), and the package has two client types of its own, one
// embedding the other, both not public by a method with a body that
// returns false on every path (silent).
package fositeownclient2

import (
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
)

type serviceAccount struct {
	name   string
	hashed []byte
	uris   []string
}

func (s serviceAccount) GetID() string                      { return s.name }
func (s serviceAccount) GetHashedSecret() []byte            { return s.hashed }
func (s serviceAccount) GetRedirectURIs() []string          { return s.uris }
func (s serviceAccount) GetGrantTypes() fosite.Arguments    { return fosite.Arguments{"authorization_code"} }
func (s serviceAccount) GetResponseTypes() fosite.Arguments { return fosite.Arguments{"code"} }
func (s serviceAccount) GetScopes() fosite.Arguments        { return fosite.Arguments{"openid"} }
func (s serviceAccount) GetAudience() fosite.Arguments      { return nil }
func (s serviceAccount) IsPublic() bool {
	if s.hashed == nil {
		return false // refused at authentication anyway
	}
	return false
}

type partnerApp struct {
	serviceAccount
	partner string
}

func Provider(store fosite.Storage, secret []byte) fosite.OAuth2Provider {
	c := &fosite.Config{GlobalSecret: secret}
	return compose.Compose(c, store, compose.NewOAuth2HMACStrategy(c),
		compose.OAuth2AuthorizeExplicitFactory,
		compose.OAuth2PKCEFactory,
	)
}

var _ fosite.Client = partnerApp{}
