// Package zitadelopconst registers zitadel/oidc op clients whose kinds
// are types of their own: each type's ResponseTypes method returns its
// list as a literal, so every value of the type has it.
package zitadelopconst

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// base holds what every kind shares.
type base struct{ ID string }

func (b base) GetID() string                        { return b.ID }
func (b base) RedirectURIs() []string               { return []string{"https://portal.example.org/cb"} }
func (b base) PostLogoutRedirectURIs() []string     { return nil }
func (b base) LoginURL(id string) string            { return "/ui/login?id=" + id }
func (b base) AccessTokenType() op.AccessTokenType  { return op.AccessTokenTypeJWT }
func (b base) IDTokenLifetime() time.Duration       { return 5 * time.Minute }
func (b base) DevMode() bool                        { return false }
func (b base) IsScopeAllowed(string) bool           { return false }
func (b base) IDTokenUserinfoClaimsAssertion() bool { return true }
func (b base) ClockSkew() time.Duration             { return time.Second }
func (b base) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return nil
}
func (b base) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}

// Portal is the browser portal: it asks for tokens in the fragment.
type Portal struct{ base }

func (Portal) ApplicationType() op.ApplicationType { return op.ApplicationTypeUserAgent }
func (Portal) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodNone }
func (Portal) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{"id_token token"} // want `asks for the implicit grant: its ResponseTypes include "id_token token"`
}
func (Portal) GrantTypes() []oidc.GrantType { return []oidc.GrantType{oidc.GrantTypeImplicit} }

// Backend is a confidential code-flow client.
type Backend struct{ base }

func (Backend) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }
func (Backend) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodBasic }
func (Backend) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode}
}
func (Backend) GrantTypes() []oidc.GrantType { return []oidc.GrantType{oidc.GrantTypeCode} }

// Dynamic takes its response types from the registration database:
// unknown, silent.
type Dynamic struct {
	base
	Types []oidc.ResponseType
}

func (Dynamic) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }
func (Dynamic) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodBasic }
func (d Dynamic) ResponseTypes() []oidc.ResponseType {
	return append([]oidc.ResponseType(nil), d.Types...)
}
func (Dynamic) GrantTypes() []oidc.GrantType { return nil }

func Registry(rows []Dynamic) map[string]op.Client {
	m := map[string]op.Client{
		"portal":  Portal{base{ID: "portal"}},
		"backend": &Backend{base{ID: "backend"}},
	}
	for _, r := range rows {
		m[r.ID] = r
	}
	return m
}
