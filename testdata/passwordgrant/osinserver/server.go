// Package osinserver lists osin.PASSWORD among the access types.
package osinserver

import "github.com/openshift/osin"

var config = &osin.ServerConfig{
	AuthorizationExpiration:     250,
	AccessExpiration:            3600,
	TokenType:                   "Bearer",
	AllowedAuthorizeTypes:       osin.AllowedAuthorizeType{osin.CODE},
	AllowedAccessTypes:          osin.AllowedAccessType{osin.AUTHORIZATION_CODE, osin.REFRESH_TOKEN, osin.PASSWORD}, // want `this authorization server accepts the password grant for every client: AllowedAccessTypes includes password; .*drop osin.PASSWORD from AllowedAccessTypes`
	RequirePKCEForPublicClients: true,
}

func New(store osin.Storage) *osin.Server {
	return osin.NewServer(config, store)
}
