// Package challenge serves an authorization endpoint on the osin of 2015
// that an older program vendors: that release has no PKCE, so it cannot
// accept a plain challenge either, and challengemethod is silent (the
// pkce rule says what to do: see package public).
package challenge

import (
	"net/http"

	"github.com/RangelReale/osin"
)

func Serve(store osin.Storage) {
	srv := osin.NewServer(osin.NewServerConfig(), store)
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = r.FormValue("approve") == "yes"
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
}
