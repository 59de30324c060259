// Package zitadelopctor2 fills its op.Client type through a storage
// method with variadic response types; registrations in code with
// constants are read, those from the configuration file are unknown.
package zitadelopctor2

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

type registered struct {
	clientID string
	public   bool
	grants   []oidc.GrantType
	rtypes   []oidc.ResponseType
}

func (r registered) GetID() string                    { return r.clientID }
func (r registered) RedirectURIs() []string           { return nil }
func (r registered) PostLogoutRedirectURIs() []string { return nil }
func (r registered) ApplicationType() op.ApplicationType {
	if r.public {
		return op.ApplicationTypeUserAgent
	}
	return op.ApplicationTypeWeb
}
func (r registered) AuthMethod() oidc.AuthMethod                              { return oidc.AuthMethodNone }
func (r registered) ResponseTypes() []oidc.ResponseType                       { return r.rtypes }
func (r registered) GrantTypes() []oidc.GrantType                             { return r.grants }
func (r registered) LoginURL(id string) string                                { return "/ui/" + id }
func (r registered) AccessTokenType() op.AccessTokenType                      { return op.AccessTokenTypeJWT }
func (r registered) IDTokenLifetime() time.Duration                           { return time.Minute }
func (r registered) DevMode() bool                                            { return false }
func (r registered) IsScopeAllowed(string) bool                               { return false }
func (r registered) IDTokenUserinfoClaimsAssertion() bool                     { return false }
func (r registered) ClockSkew() time.Duration                                 { return 0 }
func (r registered) RestrictAdditionalIdTokenScopes() func([]string) []string { return nil }
func (r registered) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return nil
}

type Storage struct {
	clients map[string]registered
}

func (s *Storage) register(id string, grants []oidc.GrantType, rtypes ...oidc.ResponseType) {
	s.clients[id] = registered{clientID: id, grants: grants, rtypes: rtypes, public: true}
}

type FileClient struct {
	ID            string
	ResponseTypes []string
}

func NewStorage(fromFile []FileClient) *Storage {
	s := &Storage{clients: map[string]registered{}}
	s.register("console", []oidc.GrantType{oidc.GrantTypeCode}, oidc.ResponseTypeCode)
	s.register("dashboard", []oidc.GrantType{oidc.GrantTypeImplicit}, oidc.ResponseTypeIDTokenOnly, oidc.ResponseTypeIDToken) // want `client registration asks for the implicit grant: its ResponseTypes include "id_token token"`
	for _, fc := range fromFile {
		var rts []oidc.ResponseType
		for _, t := range fc.ResponseTypes {
			rts = append(rts, oidc.ResponseType(t))
		}
		s.register(fc.ID, []oidc.GrantType{oidc.GrantTypeImplicit}, rts...)
	}
	return s
}
