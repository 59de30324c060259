// Package zitadelopinert ports client registrations from another
// identity provider to zitadel/oidc's op; one still lists the password
// grant, which op does not implement: nothing can use it, and nothing is
// reported.
package zitadelopinert

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type Legacy struct {
	ID     string
	Grants []oidc.GrantType
}

func (l *Legacy) GetID() string                       { return l.ID }
func (l *Legacy) RedirectURIs() []string              { return []string{"https://legacy.example.net/cb"} }
func (l *Legacy) PostLogoutRedirectURIs() []string    { return nil }
func (l *Legacy) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }
func (l *Legacy) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodBasic }
func (l *Legacy) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode}
}
func (l *Legacy) GrantTypes() []oidc.GrantType                                 { return l.Grants }
func (l *Legacy) LoginURL(id string) string                                    { return "/login?id=" + id }
func (l *Legacy) AccessTokenType() op.AccessTokenType                          { return op.AccessTokenTypeBearer }
func (l *Legacy) IDTokenLifetime() time.Duration                               { return time.Hour }
func (l *Legacy) DevMode() bool                                                { return false }
func (l *Legacy) IsScopeAllowed(string) bool                                   { return true }
func (l *Legacy) IDTokenUserinfoClaimsAssertion() bool                         { return false }
func (l *Legacy) ClockSkew() time.Duration                                     { return 0 }
func (l *Legacy) RestrictAdditionalIdTokenScopes() func([]string) []string     { return nil }
func (l *Legacy) RestrictAdditionalAccessTokenScopes() func([]string) []string { return nil }

var Ported = []op.Client{
	&Legacy{ID: "erp", Grants: []oidc.GrantType{oidc.GrantTypeCode, "password"}},
}
