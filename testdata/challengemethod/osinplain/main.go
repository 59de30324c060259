// Package main is an osin authorization server (openshift/osin) with
// PKCE required for public clients: osin still accepts
// code_challenge_method=plain, and takes a challenge without a method as
// plain, and no ServerConfig field turns that off.
package main

import (
	"net/http"

	"github.com/openshift/osin"
)

func main() {
	config := osin.NewServerConfig()
	config.RequirePKCEForPublicClients = true
	config.AllowedAccessTypes = osin.AllowedAccessType{osin.AUTHORIZATION_CODE, osin.REFRESH_TOKEN}

	var store osin.Storage
	server := osin.NewServer(config, store) // want `this authorization server accepts code_challenge_method=plain: osin accepts code_challenge_method=plain, and takes a challenge sent without a method as plain; no ServerConfig field turns it off; .*; reject a code_challenge_method other than S256 in the authorization handler before HandleAuthorizeRequest`

	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := server.NewResponse()
		defer resp.Close()
		if ar := server.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			server.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
	http.ListenAndServe(":14000", nil)
}
