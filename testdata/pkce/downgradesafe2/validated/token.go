// Package validated checks the verifier only when one is sent, but its
// validator refuses a code exchange without one (required_if): PKCE is
// not optional.
package validated

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"github.com/go-playground/validator/v10"

	"example.com/fixtures/pkce/downgradesafe2/api"
)

type pending struct{ Client, Challenge string }

var (
	codes    = map[string]pending{}
	validate = validator.New()
)

func Token(w http.ResponseWriter, r *http.Request) {
	var x api.ExchangeRequest
	x.GrantType = r.PostFormValue("grant_type")
	x.Code = r.PostFormValue("code")
	x.ClientID = r.PostFormValue("client_id")
	x.CodeVerifier = r.PostFormValue("code_verifier")
	if err := validate.Struct(&x); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if x.GrantType != "authorization_code" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
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
}
