// Package authz checks the requested method against pkcetypes.Supported,
// which lists plain.
package authz

import (
	"net/http"

	"example.com/fixtures/challengemethod/allowlist/pkcetypes"
)

func Authorize(w http.ResponseWriter, r *http.Request) {
	m := pkcetypes.Method(r.URL.Query().Get("code_challenge_method"))
	if _, ok := pkcetypes.Supported[m]; !ok { // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(a table keyed by the value pkcetypes.Supported in Authorize\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusFound)
}

// AuthorizeStrict looks the method up in the map that switches plain
// off: silent.
func AuthorizeStrict(w http.ResponseWriter, r *http.Request) {
	if !pkcetypes.Disabled[pkcetypes.Method(r.FormValue("code_challenge_method"))] {
		http.Error(w, "invalid_request", http.StatusBadRequest)
	}
}
