// Package web builds the authorization URL by hand and remembers the
// last attempt's state in a package-level variable, on every branch.
package web

import (
	"net/http"
	"net/url"

	"example.com/fixtures/oauthstate/pkgvarstate2/randutil"
)

var lastAttempt string

const authorize = "https://login.example.org/oauth2/authorize"

func Start(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("again") != "" {
		lastAttempt = randutil.AttemptID()
	} else {
		lastAttempt = "first-" + randutil.AttemptID()
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "portal")
	q.Set("redirect_uri", "https://portal.example.org/done")
	q.Set("state", lastAttempt) // want `predictable OAuth state`
	http.Redirect(w, r, authorize+"?"+q.Encode(), http.StatusFound)
}
