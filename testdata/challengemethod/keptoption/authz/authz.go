// Package authz refuses every code_challenge_method but plain and S256,
// then builds the code record with functional options that only store
// the method (reported).
package authz

import (
	"net/http"

	"example.com/fixtures/challengemethod/keptoption/codes"
)

var records = map[string]*codes.Record{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	m := r.FormValue("code_challenge_method")
	if m != "plain" && m != "S256" { // want `accepts code_challenge_method=plain`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	records["k"] = codes.New(r.FormValue("client_id"), codes.WithChallenge(r.FormValue("code_challenge")), codes.WithMethod(codes.Method(m)))
	http.Redirect(w, r, "https://app.example.com/cb?code=k", http.StatusFound)
}
