// Package authserver is the token endpoint: it requires S256 and checks
// the verifier itself.
package authserver

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"example.com/fixtures/challengemethod/uncalledhelper/pkcekit"
)

type issued struct{ challenge, method string }

var codes = map[string]issued{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("code_challenge") == "" || q.Get("code_challenge_method") != pkcekit.MethodS256 {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	codes["c1"] = issued{challenge: q.Get("code_challenge"), method: q.Get("code_challenge_method")}
	http.Redirect(w, r, "https://app.example.com/cb?code=c1", http.StatusFound)
}

func Token(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != "authorization_code" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	rec, ok := codes[r.PostFormValue("code")]
	sum := sha256.Sum256([]byte(r.PostFormValue("code_verifier")))
	if !ok || base64.RawURLEncoding.EncodeToString(sum[:]) != rec.challenge {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"access_token": "opaque", "token_type": "Bearer"})
}
