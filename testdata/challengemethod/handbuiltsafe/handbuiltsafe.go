// Package handbuiltsafe holds hand-written authorization endpoints that
// refuse plain: by name in a switch that falls through to the refusal,
// and by accepting S256 only.
package handbuiltsafe

import (
	"errors"
	"net/http"
)

type authRequest struct {
	Challenge string `json:"code_challenge"`
	Method    string `json:"code_challenge_method"`
}

var errMethod = errors.New("transform algorithm not supported")

func (a *authRequest) check() error {
	switch a.Method {
	case "":
		// no PKCE
	case "S256":
	case "plain":
		// discouraged, not supported
		fallthrough
	default:
		return errMethod
	}
	return nil
}

func s256Only(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("code_challenge_method") != "S256" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusFound)
}
