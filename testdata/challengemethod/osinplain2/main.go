package main

import (
	"net/http"

	"github.com/RangelReale/osin"

	"example.com/fixtures/challengemethod/osinplain2/authz"
)

func authorize(p *authz.Provider) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp := p.OAuth.NewResponse()
		defer resp.Close()
		ar := p.OAuth.HandleAuthorizeRequest(resp, r)
		if ar == nil {
			osin.OutputJSON(resp, w, r)
			return
		}
		ar.Authorized = true
		p.OAuth.FinishAuthorizeRequest(resp, r, ar)
		osin.OutputJSON(resp, w, r)
	}
}

func main() {
	var store osin.Storage
	http.Handle("/oauth2/authorize", authorize(authz.NewProvider(store)))
	http.ListenAndServe(":8080", nil)
}
