// Package public registers a public client (no secret) in code on the
// osin of 2015: no client can use PKCE with that release, and the
// finding says so and names the release to move to.
package public

import (
	"net/http"

	"github.com/RangelReale/osin"
)

var desktop = &osin.DefaultClient{Id: "desktop", RedirectUri: "http://127.0.0.1:7777/cb"}

type clients struct{ osin.Storage }

func (c clients) GetClient(id string) (osin.Client, error) { return desktop, nil }

func Serve() {
	srv := osin.NewServer(osin.NewServerConfig(), clients{}) // want `this authorization server lets public clients skip PKCE: this osin release has no PKCE support at all`
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
}
