// Package caosop is an OpenID provider on github.com/caos/oidc v1.2.0,
// zitadel/oidc's module before its rename: a browser client registered
// with the response type that returns the access token in the redirect,
// and a native client with the code flow only (PKCE enforced by the
// library for clients without a secret).
package caosop

import (
	"context"
	"time"

	"github.com/caos/oidc/pkg/oidc"
	"github.com/caos/oidc/pkg/op"
)

type registration struct {
	id        string
	redirects []string
	kind      op.ApplicationType
}

func (r registration) GetID() string                    { return r.id }
func (r registration) RedirectURIs() []string           { return r.redirects }
func (r registration) PostLogoutRedirectURIs() []string { return nil }
func (r registration) ApplicationType() op.ApplicationType {
	return r.kind
}
func (r registration) AuthMethod() oidc.AuthMethod { return oidc.AuthMethodNone }
func (r registration) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeCode}
}
func (r registration) LoginURL(id string) string           { return "/login?id=" + id }
func (r registration) AccessTokenType() op.AccessTokenType { return op.AccessTokenTypeJWT }
func (r registration) IDTokenLifetime() time.Duration      { return 10 * time.Minute }
func (r registration) DevMode() bool                       { return false }
func (r registration) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return nil
}
func (r registration) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}
func (r registration) IsScopeAllowed(string) bool           { return false }
func (r registration) IDTokenUserinfoClaimsAssertion() bool { return false }
func (r registration) ClockSkew() time.Duration             { return 0 }

// spa is the single-page app's registration.
type spa struct{ registration }

func (spa) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeIDToken} // want `asks for the implicit grant: its ResponseTypes include "id_token token"`
}

// desktop is the desktop app's registration: code only.
type desktop struct{ registration }

func (desktop) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode}
}

var (
	_ op.Client = spa{}
	_ op.Client = desktop{}
)

func NewProvider(ctx context.Context, cfg *op.Config, st op.Storage) (op.OpenIDProvider, error) {
	return op.NewOpenIDProvider(ctx, cfg, st)
}
