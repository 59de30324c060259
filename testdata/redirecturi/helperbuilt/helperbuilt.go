// Package helperbuilt: authorization responses whose redirect URL a
// helper of the package builds by appending a map of parameters to the
// requested URI. The first never compares the URI; the second compares
// it first; the third's helper falls back to an error page for an
// unregistered URI, which is a check.
package helperbuilt

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
)

var registered = map[string]string{"web": "https://app.example.com/cb"}

func issue(client string) string {
	b := make([]byte, 16)
	rand.Read(b)
	return client + "." + hex.EncodeToString(b)
}

func appendQuery(base string, kv map[string]string) string {
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	for k, v := range kv {
		base += sep + k + "=" + url.QueryEscape(v)
		sep = "&"
	}
	return base
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	target := q.Get("redirect_uri")
	params := map[string]string{"state": q.Get("state")}
	params["code"] = issue(q.Get("client_id"))
	target = appendQuery(target, params)
	http.Redirect(w, r, target, http.StatusFound) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 38\)`
}

func AuthorizeChecked(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	target := q.Get("redirect_uri")
	if target != registered[q.Get("client_id")] {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	params := map[string]string{"code": issue(q.Get("client_id")), "state": q.Get("state")}
	target = appendQuery(target, params)
	http.Redirect(w, r, target, http.StatusFound)
}

func registeredOrError(base string, kv map[string]string) string {
	for _, uri := range registered {
		if uri == base {
			return appendQuery(base, kv)
		}
	}
	return "/error?error=invalid_request"
}

func AuthorizeFallback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	target := q.Get("redirect_uri")
	params := map[string]string{"code": issue(q.Get("client_id"))}
	target = registeredOrError(target, params)
	http.Redirect(w, r, target, http.StatusFound)
}
