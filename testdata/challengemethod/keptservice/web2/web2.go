// Package web2 lets plain and S256 through its own check but also hands
// the method to a service method that reads it (svc.Codes.Describe): the
// service may refuse plain there, so nothing is reported.
package web2

import (
	"net/http"

	"example.com/fixtures/challengemethod/keptservice/svc"
)

type Endpoint struct{ Codes *svc.Codes }

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	method := q.Get("code_challenge_method")
	if method != "S256" && method != "plain" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if err := e.Codes.Describe(method); err != nil {
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
