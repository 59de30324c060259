// Package literal: the same machine-only server written as a
// configuration literal, its manager made in another function.
package literal

import (
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

var machineGrants = []oauth2.GrantType{oauth2.ClientCredentials}

func newManager() *manage.Manager {
	m := manage.NewManager()
	m.SetClientTokenCfg(manage.DefaultClientTokenCfg)
	return m
}

func Serve() *server.Server {
	cfg := &server.Config{
		TokenType:         "Bearer",
		AllowedGrantTypes: machineGrants,
	}
	return server.NewServer(cfg, newManager())
}
