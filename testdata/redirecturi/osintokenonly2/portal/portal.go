// Package portal serves an osin authorization endpoint with the default
// redirect URI matching: reported.
package portal

import (
	"net/http"

	"github.com/RangelReale/osin"
)

type Portal struct {
	oauth *osin.Server
}

func NewPortal(store osin.Storage) *Portal {
	return &Portal{oauth: osin.NewServer(osin.NewServerConfig(), store)} // want `this authorization server does not compare redirect URIs exactly`
}

func (p *Portal) Authorize(w http.ResponseWriter, r *http.Request) {
	resp := p.oauth.NewResponse()
	defer resp.Close()
	if ar := p.oauth.HandleAuthorizeRequest(resp, r); ar != nil {
		ar.Authorized = r.FormValue("approve") == "yes"
		p.oauth.FinishAuthorizeRequest(resp, r, ar)
	}
	osin.OutputJSON(resp, w, r)
}
