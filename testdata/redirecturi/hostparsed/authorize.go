// Package hostparsed parses the requested redirect URI to check it, then
// redirects to the string it was sent. Authorize compares the parsed
// URL's host alone (reported: checked by host only); AuthorizeExact
// compares the whole parsed URL with the registered one (silent).
package hostparsed

import (
	"crypto/rand"
	"net/http"
	"net/url"
)

type app struct {
	host string
	uri  string
}

var apps = map[string]app{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("redirect_uri")
	parsed, err := url.Parse(target)
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if a, ok := apps[r.FormValue("client_id")]; !ok || parsed.Hostname() != a.host {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?code="+rand.Text(), http.StatusFound) // want `redirect_uri checked by host only`
}

func AuthorizeExact(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("redirect_uri")
	parsed, err := url.Parse(target)
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if a, ok := apps[r.FormValue("client_id")]; !ok || parsed.String() != a.uri {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?code="+rand.Text(), http.StatusFound)
}
