// Package exactgatepartial checks the redirect URI exactly in one
// authorization handler but not in the other, which hands the request to
// osin directly: osin's prefix match still decides there (reported).
package exactgatepartial

import (
	"net/http"
	"strings"

	"github.com/openshift/osin"
)

type provider struct {
	srv     *osin.Server
	allowed map[string]bool
}

func newProvider(store osin.Storage) *provider {
	cfg := osin.NewServerConfig()
	cfg.RequirePKCEForPublicClients = true
	return &provider{srv: osin.NewServer(cfg, store), allowed: map[string]bool{}} // want `this authorization server does not compare redirect URIs exactly: osin validates redirect URIs with osin.ValidateUri`
}

func (p *provider) authorize(w http.ResponseWriter, r *http.Request) {
	if !p.allowed[r.URL.Query().Get("redirect_uri")] {
		http.Error(w, "bad redirect", http.StatusBadRequest)
		return
	}
	p.finish(w, r)
}

func (p *provider) finish(w http.ResponseWriter, r *http.Request) {
	resp := p.srv.NewResponse()
	defer resp.Close()
	if ar := p.srv.HandleAuthorizeRequest(resp, r); ar != nil {
		p.srv.FinishAuthorizeRequest(resp, r, ar)
	}
	osin.OutputJSON(resp, w, r)
}

func (p *provider) legacyAuthorize(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Query().Get("redirect_uri"), "https://") {
		p.finish(w, r)
	}
}
