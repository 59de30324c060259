// Package osinconfigsecret runs osin for one client, a partner's backend,
// registered in code with the secret the program is configured with: a
// confidential client, so "public clients skip PKCE" says nothing here
// (silent).
package osinconfigsecret

import (
	"net/http"

	"github.com/RangelReale/osin"
)

type Settings struct {
	ClientID, ClientSecret, RedirectURI string
}

type store interface {
	osin.Storage
	SetClient(id string, c osin.Client) error
}

func New(conf Settings, st store) *osin.Server {
	_ = st.SetClient(conf.ClientID, &osin.DefaultClient{Id: conf.ClientID, Secret: conf.ClientSecret, RedirectUri: conf.RedirectURI})
	srv := osin.NewServer(osin.NewServerConfig(), st)
	http.HandleFunc("/authorize", func(w http.ResponseWriter, r *http.Request) {
		resp := srv.NewResponse()
		defer resp.Close()
		if ar := srv.HandleAuthorizeRequest(resp, r); ar != nil {
			ar.Authorized = true
			srv.FinishAuthorizeRequest(resp, r, ar)
		}
		osin.OutputJSON(resp, w, r)
	})
	return srv
}
