// Package main is an osin server whose authorization handler refuses any
// code_challenge_method but S256 before osin sees the request: osin's
// default is then the program's own check, and the server is silent.
package main

import (
	"net/http"

	"github.com/openshift/osin"
)

const methodParam = "code_challenge_method"

func main() {
	config := osin.NewServerConfig()
	config.RequirePKCEForPublicClients = true
	var store osin.Storage
	server := osin.NewServer(config, store)

	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("code_challenge") != "" && r.FormValue(methodParam) != osin.PKCE_S256 {
			http.Error(w, "only S256 is supported", http.StatusBadRequest)
			return
		}
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
