// Package zitadelopctor registers zitadel/oidc op clients through one
// constructor whose parameters fill the lists ResponseTypes and
// GrantTypes return: each call with constants is a registration of its
// own. One asks for id_token token (an access token in the redirect).
package zitadelopctor

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type Client struct {
	id            string
	redirectURIs  []string
	appType       op.ApplicationType
	authMethod    oidc.AuthMethod
	responseTypes []oidc.ResponseType
	grantTypes    []oidc.GrantType
}

func newClient(id string, appType op.ApplicationType, method oidc.AuthMethod, responseTypes []oidc.ResponseType, grantTypes []oidc.GrantType, redirects ...string) *Client {
	return &Client{
		id:            id,
		redirectURIs:  redirects,
		appType:       appType,
		authMethod:    method,
		responseTypes: responseTypes,
		grantTypes:    grantTypes,
	}
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
	return nil
}
func (c *Client) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}

var implicitTypes = []oidc.ResponseType{oidc.ResponseTypeIDToken}

var clients = map[string]*Client{
	"web": newClient("web", op.ApplicationTypeWeb, oidc.AuthMethodBasic,
		[]oidc.ResponseType{oidc.ResponseTypeCode},
		[]oidc.GrantType{oidc.GrantTypeCode, oidc.GrantTypeRefreshToken},
		"https://app.example.com/callback"),
	"spa": newClient("spa", op.ApplicationTypeUserAgent, oidc.AuthMethodNone,
		[]oidc.ResponseType{oidc.ResponseTypeCode, oidc.ResponseTypeIDToken}, // want `client registration asks for the implicit grant: its ResponseTypes include "id_token token"`
		[]oidc.GrantType{oidc.GrantTypeCode, oidc.GrantTypeImplicit},
		"https://spa.example.com/"),
	"legacy": newClient("legacy", op.ApplicationTypeUserAgent, oidc.AuthMethodNone,
		implicitTypes, // want `client registration asks for the implicit grant: its ResponseTypes include "id_token token"`
		[]oidc.GrantType{oidc.GrantTypeImplicit}),
	"signin": newClient("signin", op.ApplicationTypeUserAgent, oidc.AuthMethodNone,
		[]oidc.ResponseType{oidc.ResponseTypeIDTokenOnly},
		[]oidc.GrantType{oidc.GrantTypeImplicit}),
}
