// Package exactgate2 is exactgate written differently, on osin (whose
// ValidateUri accepts any path below the registered one): the handler is
// a function literal, the requested URI is read with r.FormValue, and it
// is looked up in a set with the comma-ok form, or compared with the
// single registered URI; both refuse before HandleAuthorizeRequest
// (silent).
package exactgate2

import (
	"net/http"

	"github.com/openshift/osin"
)

func Routes(mux *http.ServeMux, store osin.Storage, callbacks map[string]struct{}, only string) {
	cfg := osin.NewServerConfig()
	cfg.RequirePKCEForPublicClients = true
	cfg.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{osin.CODE}
	srv := osin.NewServer(cfg, store)
	mux.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		cb := r.FormValue("redirect_uri")
		if _, ok := callbacks[cb]; !ok {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
	mux.HandleFunc("/authorize/single", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("client_id") == "" || r.FormValue("redirect_uri") != only {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
}
