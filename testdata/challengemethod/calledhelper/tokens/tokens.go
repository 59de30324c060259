// Package tokens redeems codes with the check of package codecheck,
// passing it the method kept with the code.
package tokens

import (
	"encoding/json"
	"errors"
	"net/http"

	"example.com/fixtures/challengemethod/calledhelper/codecheck"
)

type Grant struct {
	Challenge, Method, Subject string
}

type Store interface {
	Load(code string) (Grant, error)
}

type Handler struct{ Store Store }

var errBadVerifier = errors.New("invalid_grant")

func (h Handler) redeem(code, verifier string) (Grant, error) {
	g, err := h.Store.Load(code)
	if err != nil {
		return Grant{}, err
	}
	if !codecheck.Matches(g.Method, g.Challenge, verifier) { // want `this authorization server accepts code_challenge_method=plain`
		return Grant{}, errBadVerifier
	}
	return g, nil
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g, err := h.redeem(r.PostFormValue("code"), r.PostFormValue("code_verifier"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": g.Subject + "-token", "token_type": "Bearer"})
}
