// Package switchbase2: the endpoint is a tenant's own URL or a fixed
// one, picked by an if; the query is concatenated by hand, without state.
package switchbase2

import (
	"net/http"
	"net/url"
)

type SSO struct {
	TenantURL string
	ClientID  string
	Callback  string
}

func (s *SSO) Start(w http.ResponseWriter, r *http.Request) {
	authorize := "https://login.example.com/oauth2/authorize?"
	if s.TenantURL != "" {
		authorize = s.TenantURL + "/oauth2/authorize?"
	}
	target := authorize + "response_type=code&client_id=" + url.QueryEscape(s.ClientID) + "&redirect_uri=" + url.QueryEscape(s.Callback) // want `authorization request without a state`
	http.Redirect(w, r, target, http.StatusFound)
}
