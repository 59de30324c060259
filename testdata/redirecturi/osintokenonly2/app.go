// Package osintokenonly2 keeps an osin server in an unexported field of
// its application type, for its own app's token endpoint only: its
// configuration lists the token response type, but nothing serves the
// authorization endpoint, no grant it allows takes a redirect URI, and
// the default's loose matching never runs (silent). Package portal
// serves the authorization endpoint with the same default, and is
// reported.
package osintokenonly2

import (
	"net/http"

	"github.com/RangelReale/osin"
)

type Accounts struct {
	oauth *osin.Server
}

func NewAccounts(store osin.Storage) *Accounts {
	cfg := osin.NewServerConfig()
	cfg.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{osin.TOKEN}
	cfg.AllowedAccessTypes = osin.AllowedAccessType{osin.REFRESH_TOKEN, osin.CLIENT_CREDENTIALS}
	return &Accounts{oauth: osin.NewServer(cfg, store)}
}

func (a *Accounts) Token(w http.ResponseWriter, r *http.Request) {
	resp := a.oauth.NewResponse()
	defer resp.Close()
	if ar := a.oauth.HandleAccessRequest(resp, r); ar != nil {
		ar.Authorized = ar.Type == osin.CLIENT_CREDENTIALS || ar.Type == osin.REFRESH_TOKEN
		a.oauth.FinishAccessRequest(resp, r, ar)
	}
	osin.OutputJSON(resp, w, r)
}
