// Package schemedeny is a hand-written authorization endpoint that
// refuses redirect URIs with dangerous schemes by prefix, over a list of
// constant schemes, before it compares the URI exactly with the client's
// registered ones: a scheme check, not a loose match of the registered
// URI; silent. Its partner accepts any URI under one of a list of
// trusted origins by prefix: reported.
package schemedeny

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

var clients = map[string][]string{"web": {"https://app.example.com/callback"}}

func safe(uri string) bool {
	lower := strings.ToLower(uri)
	for _, scheme := range []string{"javascript:", "data:", "file:", "vbscript:"} {
		if strings.HasPrefix(lower, scheme) {
			return false
		}
	}
	return true
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirectURI := q.Get("redirect_uri")
	if q.Get("response_type") != "code" || !safe(redirectURI) || !slices.Contains(clients[q.Get("client_id")], redirectURI) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirectURI+"?code="+url.QueryEscape(rand.Text())+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}

func trusted(uri string) bool {
	for _, origin := range []string{"https://app.example.com", "https://admin.example.com"} {
		if strings.HasPrefix(uri, origin) { // want `redirect_uri matched by prefix \(strings.HasPrefix\)`
			return true
		}
	}
	return false
}

func AuthorizeTrusted(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirectURI := q.Get("redirect_uri")
	if q.Get("response_type") != "code" || q.Get("client_id") == "" || !trusted(redirectURI) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirectURI+"?code="+url.QueryEscape(rand.Text())+"&state="+url.QueryEscape(q.Get("state")), http.StatusFound)
}
