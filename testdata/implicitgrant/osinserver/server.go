// Package osinserver turns on osin's token response type in one server
// and keeps the default (code only) in another.
package osinserver

import (
	"net/http"

	"github.com/openshift/osin"
)

func Legacy(store osin.Storage) *osin.Server {
	sconfig := osin.NewServerConfig()
	sconfig.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{osin.CODE, osin.TOKEN} // want `this authorization server allows the implicit grant for every client: AllowedAuthorizeTypes includes token; allow only osin.CODE in AllowedAuthorizeTypes`
	sconfig.RequirePKCEForPublicClients = true
	return osin.NewServer(sconfig, store)
}

func Current(store osin.Storage) http.HandlerFunc {
	server := osin.NewServer(osin.NewServerConfig(), store)
	return func(w http.ResponseWriter, r *http.Request) {
		resp := server.NewResponse()
		defer resp.Close()
		if ar := server.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			server.FinishAuthorizeRequest(resp, r, ar)
		}
		_ = osin.OutputJSON(resp, w, r)
	}
}
