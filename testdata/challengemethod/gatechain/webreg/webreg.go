// Package webreg hands the request's method to the service that also
// asks the client registry: what is accepted depends on the client
// (unknown, silent).
package webreg

import (
	"net/http"

	"example.com/fixtures/challengemethod/gatechain/codes"
)

func Authorize(svc *codes.Service) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		code, err := svc.IssueRegistered(r.FormValue("client_id"), r.FormValue("code_challenge"), r.FormValue("code_challenge_method"))
		if err != nil {
			http.Error(w, "invalid_request", http.StatusBadRequest)
			return
		}
		http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code, http.StatusFound)
	}
}
