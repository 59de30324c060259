// Package validatorbool validates the PKCE parameters in a function that
// returns false for what it refuses; the method is converted to a named
// string type first.
package validatorbool

import (
	"log"
	"net/http"
)

type Method string

const (
	Plain Method = "plain"
	S256  Method = "S256"
)

func pkceOK(r *http.Request) bool {
	if r.URL.Query().Get("code_challenge") == "" {
		return false
	}
	m := r.URL.Query().Get("code_challenge_method")
	if Method(m) != S256 && Method(m) != Plain { // want `accepts code_challenge_method "plain" \(the values it lets through in pkceOK\)`
		log.Println("unsupported method")
		return false
	}
	return true
}

// s256OK is the same validator accepting S256 only: silent.
func s256OK(r *http.Request) bool {
	if Method(r.FormValue("code_challenge_method")) != S256 {
		return false
	}
	return true
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	if !pkceOK(r) || !s256OK(r) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
	}
}
