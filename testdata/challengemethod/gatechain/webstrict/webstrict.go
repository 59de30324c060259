// Package webstrict hands the request's method to the service that takes
// S256 only (silent).
package webstrict

import (
	"net/http"

	"example.com/fixtures/challengemethod/gatechain/codes"
)

func Authorize(svc *codes.Service) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		code, err := svc.IssueStrict(r.FormValue("client_id"), r.FormValue("code_challenge"), r.FormValue("code_challenge_method"))
		if err != nil {
			http.Error(w, "invalid_request", http.StatusBadRequest)
			return
		}
		http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+code, http.StatusFound)
	}
}
