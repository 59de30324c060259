// Package osinserver: osin's default configuration lets public clients
// (clients without a secret) skip PKCE.
package osinserver

import "github.com/openshift/osin"

func Default(store osin.Storage) *osin.Server {
	return osin.NewServer(osin.NewServerConfig(), store) // want `this authorization server lets public clients skip PKCE: osin.NewServerConfig leaves RequirePKCEForPublicClients false; .*set RequirePKCEForPublicClients: true in osin.ServerConfig`
}

func Required(store osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.RequirePKCEForPublicClients = true
	return osin.NewServer(cfg, store)
}
