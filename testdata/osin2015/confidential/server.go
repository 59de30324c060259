// Package confidential serves the osin of 2015 to clients registered in
// code, every one with a secret: no public client redeems a code, so the
// release's lack of PKCE is left to -pkce.confidential (silent).
package confidential

import (
	"net/http"

	"github.com/RangelReale/osin"
)

var backend = &osin.DefaultClient{Id: "backend", Secret: "from-the-vault", RedirectUri: "https://app.example.com/cb"}

type clients struct{ osin.Storage }

func (c clients) GetClient(id string) (osin.Client, error) { return backend, nil }

func Serve() {
	srv := osin.NewServer(osin.NewServerConfig(), clients{})
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
