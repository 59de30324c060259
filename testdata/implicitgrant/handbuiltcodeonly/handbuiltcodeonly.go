// Package handbuiltcodeonly lets response_type=token through its check,
// but its authorization endpoint answers every request with a code: it
// never writes an access token into a redirect, so no implicit grant is
// served. Silent.
package handbuiltcodeonly

import (
	"net/http"
	"net/url"
)

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if rt := q.Get("response_type"); rt != "code" && rt != "token" {
		http.Error(w, `{"error":"unsupported_response_type"}`, http.StatusBadRequest)
		return
	}
	u, err := url.Parse(registered(q.Get("client_id")))
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	v := u.Query()
	v.Set("code", "c")
	v.Set("state", q.Get("state"))
	u.RawQuery = v.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func registered(clientID string) string { return "https://app.example.com/cb" }
