// Package grantpredicate is a hand-written token endpoint that serves
// the code and refresh grants only; a helper that parses the scope asks
// whether a grant carries one, and names "password" among them. A
// predicate classifies the value: it issues nothing. Silent.
package grantpredicate

import (
	"encoding/json"
	"net/http"
	"strings"
)

func consumesScope(grantType string) bool {
	switch grantType {
	case "client_credentials", "refresh_token", "password":
		return true
	default:
		return false
	}
}

func Token(w http.ResponseWriter, r *http.Request) {
	gt := r.PostFormValue("grant_type")
	var scopes []string
	if consumesScope(gt) {
		scopes = strings.Fields(r.PostFormValue("scope"))
	}
	switch gt {
	case "authorization_code", "refresh_token":
		json.NewEncoder(w).Encode(map[string]any{"access_token": issue(r), "token_type": "Bearer", "scope": strings.Join(scopes, " ")})
	default:
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": "unsupported_grant_type"})
	}
}

func issue(r *http.Request) string { return "opaque" }
