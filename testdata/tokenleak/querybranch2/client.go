// Package querybranch2 builds a token introspection form with Set calls
// and posts it, unless the provider is marked legacy, where the else
// branch sends it as a GET query: reported at that URL, not at the Set
// that names the token.
package querybranch2

import (
	"net/http"
	"net/url"
)

type Provider struct {
	Introspect string
	Legacy     bool
}

func (p Provider) Check(accessToken, clientID string) (*http.Response, error) {
	q := url.Values{}
	q.Set("client_id", clientID)
	q.Set("token_type_hint", "access_token")
	q.Set("access_token", accessToken)
	if !p.Legacy {
		return http.PostForm(p.Introspect, q)
	} else {
		return http.Get(p.Introspect + "?" + q.Encode()) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
	}
}
