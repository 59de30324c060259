// Package handserversafe2 is handserver2 with PKCE: the body's type, in
// another package, names the code_verifier, and the exchange package
// checks it.
package handserversafe2

import (
	"encoding/json"
	"net/http"

	"example.com/fixtures/pkce/handserversafe2/exchange"
	"example.com/fixtures/pkce/handserversafe2/wire"
)

func Token(w http.ResponseWriter, r *http.Request) {
	var req wire.TokenRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	switch req.GrantType {
	case "authorization_code":
		at, err := exchange.Redeem(req)
		if err != nil {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": at, "token_type": "Bearer"})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
