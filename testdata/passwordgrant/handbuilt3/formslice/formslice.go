// Package formslice reads grant_type from the parsed form's slice.
package formslice

import (
	"encoding/json"
	"net/http"
)

type tokens struct {
	Access string `json:"access_token"`
}

func Token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil || len(r.PostForm["grant_type"]) == 0 {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if r.PostForm["grant_type"][0] == "password" { // want `accepts the password grant: the token endpoint issues tokens for grant_type "password" \(comparison in Token\)`
		_ = json.NewEncoder(w).Encode(tokens{Access: "a"})
		return
	}
	http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
}
