// Package web is the authorization endpoint: it hands the request's
// method to the code service, whose gate lets plain through (reported
// at the hand-over). The strict endpoint and the one whose service asks
// the client registry are silent.
package web

import (
	"net/http"
	"net/url"

	"example.com/fixtures/challengemethod/gatechain/codes"
)

type Endpoint struct {
	codes *codes.Service
}

func (e *Endpoint) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	code, err := e.codes.Issue(q.Get("client_id"), q.Get("code_challenge"), q.Get("code_challenge_method")) // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(the values codes.Service.Issue lets through, at codes.go:\d+ in Authorize\)`
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	back, _ := url.Parse(q.Get("redirect_uri"))
	v := back.Query()
	v.Set("code", code)
	v.Set("state", q.Get("state"))
	back.RawQuery = v.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
}
