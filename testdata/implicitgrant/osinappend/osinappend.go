// Package osinappend adds the token response type to osin's defaults
// through a list it extends in two steps; its second server extends an
// empty list with the code type only.
package osinappend

import "github.com/openshift/osin"

var extra = []osin.AuthorizeRequestType{osin.TOKEN}

func NewServer(st osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.AllowedAuthorizeTypes = append(osin.AllowedAuthorizeType{osin.CODE}, extra...) // want `this authorization server allows the implicit grant for every client: AllowedAuthorizeTypes includes token`
	cfg.RequirePKCEForPublicClients = true
	return osin.NewServer(cfg, st)
}

// NewCodeServer builds its list from nothing, code only: silent.
func NewCodeServer(st osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.AllowedAuthorizeTypes = append(osin.AllowedAuthorizeType{}, osin.CODE)
	cfg.RequirePKCEForPublicClients = true
	return osin.NewServer(cfg, st)
}
