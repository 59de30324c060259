// Package web builds the authorization URL by hand and remembers the
// last attempt's state in a package-level variable, on every branch.
package web

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"

	"example.com/fixtures/oauthstate/pkgvarstate2/randutil"
)

var lastAttempt, drawn string

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

// StartStrong draws each login's state from crypto/rand.
func StartStrong(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	rand.Read(b)
	drawn = base64.RawURLEncoding.EncodeToString(b)
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "portal")
	q.Set("redirect_uri", "https://portal.example.org/done")
	q.Set("state", drawn)
	http.Redirect(w, r, authorize+"?"+q.Encode(), http.StatusFound)
}
