// Package handedout hands its token request to the service's own check
// in another package before it compares the verifier only when one is
// sent: what that check refuses is not seen here, so nothing is said.
package handedout

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"example.com/fixtures/pkce/downgradesafe2/api"
)

type pending struct{ Client, Challenge string }

var codes = map[string]pending{}

func Token(w http.ResponseWriter, r *http.Request) {
	x := &api.Exchange{
		GrantType:    r.FormValue("grant_type"),
		Code:         r.FormValue("code"),
		ClientID:     r.FormValue("client_id"),
		CodeVerifier: r.FormValue("code_verifier"),
	}
	if err := api.Check(x); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	switch x.GrantType {
	case "authorization_code":
		p, ok := codes[x.Code]
		if !ok || p.Client != x.ClientID {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		if x.CodeVerifier != "" {
			sum := sha256.Sum256([]byte(x.CodeVerifier))
			if base64.RawURLEncoding.EncodeToString(sum[:]) != p.Challenge {
				http.Error(w, "invalid_grant", http.StatusBadRequest)
				return
			}
		}
		json.NewEncoder(w).Encode(map[string]string{"access_token": "opaque", "token_type": "Bearer"})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
