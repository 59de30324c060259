// Package web is the authorization endpoint: it lets plain and S256
// through its own check, then hands the method to a service that only
// keeps it (reported: the service's KeepFact says it checks nothing).
package web

import (
	"net/http"

	"example.com/fixtures/challengemethod/keptservice/svc"
)

type Endpoint struct{ Codes *svc.Codes }

func validMethod(m string) bool {
	return m == "S256" || m == "plain" // want `accepts code_challenge_method=plain`
}

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	method := q.Get("code_challenge_method")
	if q.Get("code_challenge") == "" || !validMethod(method) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	code, err := e.Codes.Issue(r.Context(), q.Get("client_id"), q.Get("code_challenge"), method)
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "https://app.example.com/cb?code="+code, http.StatusFound)
}
