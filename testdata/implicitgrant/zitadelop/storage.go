// Package zitadelop is an OpenID provider on zitadel/oidc's op whose
// storage registers its clients in code, as zitadel's example storage
// does: a client type implementing op.Client returns the response types
// each literal gives it. One registration lists id_token token, which
// returns an access token in the redirect.
package zitadelop

import (
	"context"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type Client struct {
	id            string
	secret        string
	redirectURIs  []string
	appType       op.ApplicationType
	authMethod    oidc.AuthMethod
	responseTypes []oidc.ResponseType
	grantTypes    []oidc.GrantType
}

func (c *Client) GetID() string                        { return c.id }
func (c *Client) RedirectURIs() []string               { return c.redirectURIs }
func (c *Client) PostLogoutRedirectURIs() []string     { return nil }
func (c *Client) ApplicationType() op.ApplicationType  { return c.appType }
func (c *Client) AuthMethod() oidc.AuthMethod          { return c.authMethod }
func (c *Client) ResponseTypes() []oidc.ResponseType   { return c.responseTypes }
func (c *Client) GrantTypes() []oidc.GrantType         { return c.grantTypes }
func (c *Client) LoginURL(id string) string            { return "/login?authRequestID=" + id }
func (c *Client) AccessTokenType() op.AccessTokenType  { return op.AccessTokenTypeBearer }
func (c *Client) IDTokenLifetime() time.Duration       { return time.Hour }
func (c *Client) DevMode() bool                        { return false }
func (c *Client) IsScopeAllowed(scope string) bool     { return false }
func (c *Client) IDTokenUserinfoClaimsAssertion() bool { return false }
func (c *Client) ClockSkew() time.Duration             { return 0 }
func (c *Client) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}
func (c *Client) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}

// WebClient is a confidential code-flow client.
func WebClient(id, secret string, redirectURIs ...string) *Client {
	return &Client{
		id:            id,
		secret:        secret,
		redirectURIs:  redirectURIs,
		appType:       op.ApplicationTypeWeb,
		authMethod:    oidc.AuthMethodBasic,
		responseTypes: []oidc.ResponseType{oidc.ResponseTypeCode},
		grantTypes:    []oidc.GrantType{oidc.GrantTypeCode, oidc.GrantTypeRefreshToken},
	}
}

// LegacySPA is the old single-page app, still on the implicit flow.
func LegacySPA(id string, redirectURIs ...string) *Client {
	return &Client{
		id:            id,
		redirectURIs:  redirectURIs,
		appType:       op.ApplicationTypeUserAgent,
		authMethod:    oidc.AuthMethodNone,
		responseTypes: []oidc.ResponseType{oidc.ResponseTypeIDToken, oidc.ResponseTypeIDTokenOnly}, // want `client registration asks for the implicit grant: its ResponseTypes include "id_token token"`
		grantTypes:    []oidc.GrantType{oidc.GrantTypeImplicit},
	}
}

// SignInOnly gets an ID token in the redirect and no access token.
func SignInOnly(id string, redirectURIs ...string) *Client {
	return &Client{
		id:            id,
		redirectURIs:  redirectURIs,
		appType:       op.ApplicationTypeUserAgent,
		authMethod:    oidc.AuthMethodNone,
		responseTypes: []oidc.ResponseType{oidc.ResponseTypeIDTokenOnly},
		grantTypes:    []oidc.GrantType{oidc.GrantTypeImplicit},
	}
}

var clients = map[string]*Client{
	"web":    WebClient("web", "secret", "https://app.example.com/callback"),
	"legacy": LegacySPA("legacy", "https://legacy.example.com/"),
	"signin": SignInOnly("signin", "https://status.example.com/"),
}

func NewProvider(storage op.Storage, key [32]byte) (*op.Provider, error) {
	return op.NewProvider(&op.Config{CryptoKey: key, CodeMethodS256: true}, storage, op.StaticIssuer("https://id.example.com"))
}

func lookup(ctx context.Context, id string) (op.Client, bool) {
	c, ok := clients[id]
	return c, ok
}
