// An authorization server's consent step rebuilds the form of the
// request it serves from what the GET handler parked, and hands it to
// go-oauth2, which issues the code: no authorization request is sent,
// nothing is reported.
package servedform

import (
	"net/http"
	"net/url"

	"github.com/go-oauth2/oauth2/v4/server"
)

type parked struct {
	ResponseType, ClientID, RedirectURI, Scope, ClientState string
}

func Consent(srv *server.Server, load func(*http.Request) *parked) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := load(r)
		if p == nil {
			http.Error(w, "no pending request", http.StatusBadRequest)
			return
		}
		r.Form = url.Values{
			"response_type": {p.ResponseType},
			"client_id":     {p.ClientID},
			"redirect_uri":  {p.RedirectURI},
			"scope":         {p.Scope},
		}
		if p.ClientState != "" {
			r.Form.Set("state", p.ClientState)
		}
		if err := srv.HandleAuthorizeRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	}
}
