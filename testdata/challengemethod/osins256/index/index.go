// Package index checks the method through the parsed form (r.Form[...])
// in a middleware before the osin server (the real RangelReale/osin):
// silent.
package index

import (
	"net/http"

	"github.com/RangelReale/osin"
)

func s256Only(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if m := r.Form["code_challenge_method"]; len(m) > 0 && m[0] != "S256" {
			http.Error(w, "unsupported code_challenge_method", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Handler serves the authorization endpoint.
func Handler(store osin.Storage) http.Handler {
	srv := osin.NewServer(osin.NewServerConfig(), store)
	return s256Only(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	}))
}
