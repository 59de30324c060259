// Package allowlist2 is allowlist's validator written another way: a
// map[string]string of the one value each parameter must have, ranged
// over with ==, in a method (silent).
package allowlist2

import (
	"errors"
	"net/http"
)

type endpoint struct{ realm string }

var errParam = errors.New("unsupported authorization parameter")

func (e *endpoint) check(r *http.Request) error {
	fixed := map[string]string{"response_type": "code", "code_challenge_method": "S256"}
	for name, want := range fixed {
		if r.FormValue(name) != want {
			return errParam
		}
	}
	return nil
}

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := e.check(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
