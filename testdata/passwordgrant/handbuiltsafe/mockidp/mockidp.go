// Package mockidp is a test double: an identity provider the tests run
// in process, which accepts whatever grant they send.
package mockidp

import (
	"encoding/json"
	"net/http"
)

func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("grant_type") == "password" {
			_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "test"})
			return
		}
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	})
}
