// Package osinserver: osin validates redirect URIs with ValidateUri,
// which accepts any path below the registered one.
package osinserver

import "github.com/openshift/osin"

func New(store osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.RequirePKCEForPublicClients = true
	return osin.NewServer(cfg, store) // want `this authorization server does not compare redirect URIs exactly: osin validates redirect URIs with osin.ValidateUri, which accepts any path below the client's registered path`
}
