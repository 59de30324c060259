// Package uncheckedhelpers2 is the same endpoint written with a token in
// the fragment, an error reply that redirects through a second helper,
// and the URI kept as a string.
package uncheckedhelpers2

import (
	"net/http"
	"net/url"
)

func toFragment(w http.ResponseWriter, r *http.Request, target string, v url.Values) {
	http.Redirect(w, r, target+"#"+v.Encode(), http.StatusSeeOther)
}

func fail(w http.ResponseWriter, r *http.Request, target, code string) {
	toFragment(w, r, target, url.Values{"error": {code}})
}

func requested(r *http.Request) (string, bool) {
	uri := r.URL.Query().Get("redirect_uri")
	return uri, uri != ""
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	uri, ok := requested(r)
	if !ok {
		http.Error(w, "redirect_uri required", http.StatusBadRequest)
		return
	}
	if r.URL.Query().Get("scope") == "" {
		fail(w, r, uri, "invalid_scope")
		return
	}
	toFragment(w, r, uri, url.Values{"access_token": {"t"}, "token_type": {"Bearer"}}) // want `redirect_uri never checked: this authorization response sends the access token to whatever URI the request names`
}
