// Package zitadelopgood is an OpenID provider on zitadel/oidc's op whose
// clients come from code (code flow only, or an ID token alone) or from
// a database (unknown): nothing to report.
package zitadelopgood

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type app struct {
	clientID  string
	redirects []string
	native    bool
	types     []oidc.ResponseType
}

func (a *app) GetID() string                    { return a.clientID }
func (a *app) RedirectURIs() []string           { return a.redirects }
func (a *app) PostLogoutRedirectURIs() []string { return nil }
func (a *app) ApplicationType() op.ApplicationType {
	if a.native {
		return op.ApplicationTypeNative
	}
	return op.ApplicationTypeWeb
}
func (a *app) AuthMethod() oidc.AuthMethod {
	if a.native {
		return oidc.AuthMethodNone
	}
	return oidc.AuthMethodPost
}
func (a *app) ResponseTypes() []oidc.ResponseType                       { return a.types }
func (a *app) GrantTypes() []oidc.GrantType                             { return []oidc.GrantType{oidc.GrantTypeCode} }
func (a *app) LoginURL(id string) string                                { return "/login/" + id }
func (a *app) AccessTokenType() op.AccessTokenType                      { return op.AccessTokenTypeBearer }
func (a *app) IDTokenLifetime() time.Duration                           { return time.Hour }
func (a *app) DevMode() bool                                            { return false }
func (a *app) IsScopeAllowed(string) bool                               { return false }
func (a *app) IDTokenUserinfoClaimsAssertion() bool                     { return false }
func (a *app) ClockSkew() time.Duration                                 { return 0 }
func (a *app) RestrictAdditionalIdTokenScopes() func([]string) []string { return nil }
func (a *app) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}

type row struct {
	ID    string
	URIs  []string
	Types []string
}

func seed(rows []row) []*app {
	apps := []*app{
		{clientID: "cli", redirects: []string{"http://127.0.0.1/cb"}, native: true, types: []oidc.ResponseType{oidc.ResponseTypeCode}},
		{clientID: "status", redirects: []string{"https://status.example.com/"}, types: []oidc.ResponseType{oidc.ResponseTypeIDTokenOnly}},
	}
	for _, r := range rows {
		var types []oidc.ResponseType
		for _, t := range r.Types {
			types = append(types, oidc.ResponseType(t))
		}
		apps = append(apps, &app{clientID: r.ID, redirects: r.URIs, types: types})
	}
	return apps
}

func New(issuer string, storage op.Storage) (op.OpenIDProvider, error) {
	return op.NewOpenIDProvider(issuer, &op.Config{CodeMethodS256: true, AuthMethodPost: true}, storage, op.WithAllowInsecure())
}
