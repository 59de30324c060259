// Package zitadelv1 is an OpenID provider on zitadel/oidc v1 (import
// path without a major version, checked against v1.13.5): its clients
// implement op.Client through pointer receivers, one of them with a
// response type that returns the access token in the redirect.
package zitadelv1

import (
	"time"

	"github.com/zitadel/oidc/pkg/oidc"
	"github.com/zitadel/oidc/pkg/op"
)

type app struct {
	id       string
	redirect string
	browser  bool
}

func (a *app) GetID() string                    { return a.id }
func (a *app) RedirectURIs() []string           { return []string{a.redirect} }
func (a *app) PostLogoutRedirectURIs() []string { return nil }
func (a *app) ApplicationType() op.ApplicationType {
	if a.browser {
		return op.ApplicationTypeUserAgent
	}
	return op.ApplicationTypeWeb
}
func (a *app) AuthMethod() oidc.AuthMethod { return oidc.AuthMethodNone }
func (a *app) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode, oidc.ResponseTypeIDToken} // want `asks for the implicit grant: its ResponseTypes include "id_token token"`
}
func (a *app) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeCode, oidc.GrantTypeImplicit}
}
func (a *app) LoginURL(id string) string            { return "/login?authRequestID=" + id }
func (a *app) AccessTokenType() op.AccessTokenType  { return op.AccessTokenTypeBearer }
func (a *app) IDTokenLifetime() time.Duration       { return time.Hour }
func (a *app) DevMode() bool                        { return false }
func (a *app) IsScopeAllowed(string) bool           { return false }
func (a *app) IDTokenUserinfoClaimsAssertion() bool { return false }
func (a *app) ClockSkew() time.Duration             { return 0 }
func (a *app) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return nil
}
func (a *app) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}

var _ op.Client = (*app)(nil)

// service lists the code response type only (id_token alone returns no
// access token): silent.
type service struct{ app }

func (s *service) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode, oidc.ResponseTypeIDTokenOnly}
}

var _ op.Client = (*service)(nil)
