// Package upstream is the same provider acting as a client: it sends
// its users to an upstream identity provider to sign in. That request is
// a client flow and stays in the inventory.
package upstream

import (
	"net/http"
	"net/url"
)

// Login redirects to the upstream provider's authorization endpoint.
func Login(w http.ResponseWriter, r *http.Request, state string) {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "idp-broker")
	q.Set("redirect_uri", "https://idp.example.com/upstream/callback")
	q.Set("state", state)
	http.Redirect(w, r, "https://upstream.example.com/authorize?"+q.Encode(), http.StatusFound)
}
