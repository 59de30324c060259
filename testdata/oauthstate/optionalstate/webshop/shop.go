// Package webshop appends to its URL in place as the SDK does, but never
// adds a state: the whole string is one request, and it has none.
package webshop

import (
	"net/http"
	"net/url"
)

type Shop struct{ ClientID, Callback string }

func (s *Shop) Login(w http.ResponseWriter, r *http.Request) {
	target := "https://accounts.partnerhub.io/authorize"
	target += "?client_id=" + url.QueryEscape(s.ClientID)
	target += "&redirect_uri=" + url.QueryEscape(s.Callback)
	if s.ClientID != "" {
		target += "&scope=openid"
	}
	target += "&response_type=code" // want `authorization request without a state`
	http.Redirect(w, r, target, http.StatusFound)
}
