// Command osintokenonly runs an osin server for its first-party app's
// token endpoint only: AllowedAuthorizeTypes lists token, but nothing
// serves an authorization endpoint (HandleAuthorizeRequest is never
// called), so no token can come back in a redirect: silent. A second
// server that serves both endpoints with the same setting is reported.
package main

import (
	"net/http"

	"github.com/RangelReale/osin"
)

func tokenOnly(store osin.Storage) {
	cfg := osin.NewServerConfig()
	cfg.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{osin.TOKEN}
	cfg.AllowedAccessTypes = osin.AllowedAccessType{osin.REFRESH_TOKEN, osin.CLIENT_CREDENTIALS}
	srv := osin.NewServer(cfg, store)
	http.HandleFunc("/oauth/token", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAccessRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAccessRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
}

func both(store osin.Storage) {
	cfg := osin.NewServerConfig()
	cfg.AllowedAuthorizeTypes = osin.AllowedAuthorizeType{osin.CODE, osin.TOKEN} // want `this authorization server allows the implicit grant for every client: AllowedAuthorizeTypes includes token`
	srv := osin.NewServer(cfg, store)
	http.HandleFunc("/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
}

func main() {
	tokenOnly(nil)
	both(nil)
	_ = http.ListenAndServe("127.0.0.1:8080", nil)
}
