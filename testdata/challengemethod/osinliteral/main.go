// Command osinliteral builds its osin server (RangelReale/osin v1.0.1)
// as a literal rather than with osin.NewServer: the same server, so the
// same default applies: osin accepts plain PKCE (reported at the
// literal).
package main

import (
	"net/http"
	"time"

	"github.com/RangelReale/osin"
)

func newServer(store osin.Storage) *osin.Server {
	cfg := osin.NewServerConfig()
	cfg.RequirePKCEForPublicClients = true
	return &osin.Server{ // want `this authorization server accepts code_challenge_method=plain`
		Config:            cfg,
		Storage:           store,
		AuthorizeTokenGen: &osin.AuthorizeTokenGenDefault{},
		AccessTokenGen:    &osin.AccessTokenGenDefault{},
		Now:               time.Now,
	}
}

func main() {
	var store osin.Storage
	srv := newServer(store)
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
	_ = http.ListenAndServe(":14000", nil)
}
