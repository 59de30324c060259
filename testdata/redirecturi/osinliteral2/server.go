// Package osinliteral2 makes its openshift/osin server as a literal held
// in a struct field: osin's redirect validator, which accepts any path
// below the registered one, is the literal's as much as NewServer's
// (reported). A server literal with no configuration serves nothing
// (silent).
package osinliteral2

import (
	"net/http"

	"github.com/openshift/osin"
)

type Provider struct {
	srv   *osin.Server
	spare osin.Server
}

func New(store osin.Storage) *Provider {
	conf := osin.NewServerConfig()
	conf.RequirePKCEForPublicClients = true
	return &Provider{srv: &osin.Server{Storage: store, Config: conf}} // want `this authorization server does not compare redirect URIs exactly`
}

func (p *Provider) Authorize(w http.ResponseWriter, r *http.Request) {
	resp := p.srv.NewResponse()
	defer resp.Close()
	if ar := p.srv.HandleAuthorizeRequest(resp, r); ar != nil {
		ar.Authorized = true
		p.srv.FinishAuthorizeRequest(resp, r, ar)
	}
	osin.OutputJSON(resp, w, r)
}

func (p *Provider) Reset() { p.spare = osin.Server{} }
