// Package openapidoc documents its token endpoint with a PKCE example:
// a form string inside an OpenAPI map is no request (silent).
package openapidoc

import (
	"encoding/json"
	"net/http"
)

var examples = map[string]interface{}{
	"authorization_code": map[string]interface{}{
		"value":   "grant_type=authorization_code&code=XXX&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
		"summary": "PKCE required when enforced",
	},
}

func Spec(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]interface{}{"examples": examples})
}
