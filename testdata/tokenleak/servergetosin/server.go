// Package servergetosin configures osin servers: one takes token
// requests by GET (reported, with a fix that drops the field); one keeps
// the default, POST only (silent); one takes the choice from its
// configuration (unknown, silent).
package servergetosin

import (
	"flag"

	"github.com/RangelReale/osin"
)

var allowGet = flag.Bool("allow-get-token", false, "accept GET at the token endpoint")

func Legacy(storage osin.Storage) *osin.Server {
	cfg := &osin.ServerConfig{
		AllowedAuthorizeTypes: osin.AllowedAuthorizeType{osin.CODE},
		AllowedAccessTypes:    osin.AllowedAccessType{osin.AUTHORIZATION_CODE, osin.REFRESH_TOKEN},
		AllowGetAccessRequest: true, // want `this authorization server accepts token requests by GET: it sets AllowGetAccessRequest to true; the authorization code, the refresh token and the client secret then travel in the URL's query`
		AccessExpiration:      3600,
	}
	return osin.NewServer(cfg, storage)
}

func Default(storage osin.Storage) *osin.Server {
	return osin.NewServer(osin.NewServerConfig(), storage)
}

func Configured(storage osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.AllowGetAccessRequest = *allowGet
	return osin.NewServer(cfg, storage)
}
