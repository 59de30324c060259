// Package authz makes the server of an identity provider on the original
// osin (github.com/RangelReale/osin v1.0.1, the real module) from a
// configuration literal; package osinplain2 routes it. Plain PKCE is
// accepted all the same.
package authz

import "github.com/RangelReale/osin"

// Provider holds the authorization server.
type Provider struct {
	OAuth *osin.Server
}

func serverConfig() *osin.ServerConfig {
	return &osin.ServerConfig{
		AuthorizationExpiration:     300,
		AccessExpiration:            3600,
		TokenType:                   "Bearer",
		AllowedAuthorizeTypes:       osin.AllowedAuthorizeType{osin.CODE},
		AllowedAccessTypes:          osin.AllowedAccessType{osin.AUTHORIZATION_CODE, osin.REFRESH_TOKEN},
		RequirePKCEForPublicClients: true,
		RedirectUriSeparator:        " ",
	}
}

// NewProvider builds the provider on the given storage.
func NewProvider(store osin.Storage) *Provider {
	p := &Provider{}
	p.OAuth = osin.NewServer(serverConfig(), store) // want `this authorization server accepts code_challenge_method=plain: osin accepts`
	return p
}
