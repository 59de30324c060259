// Package handbuilt is a hand-written authorization endpoint that takes
// code_challenge_method=plain, and a challenge without a method as plain.
package handbuilt

import "net/http"

type pending struct{ challenge, method string }

var codes = map[string]pending{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	challenge := q.Get("code_challenge")
	method := q.Get("code_challenge_method")
	if method == "" {
		method = "plain"
	}
	if method != "S256" && method != "plain" { // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(the values it lets through in Authorize\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	codes["c"] = pending{challenge, method}
	http.Redirect(w, r, "https://app.example.com/cb?code=c", http.StatusFound)
}
