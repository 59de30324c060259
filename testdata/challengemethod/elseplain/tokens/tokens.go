// Package tokens is the token endpoint. It hashes the verifier when the
// kept method is S256 and compares it as sent otherwise: plain, and a
// challenge sent with no method, are accepted (reported); the strict
// endpoint refuses every other method (silent).
package tokens

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"net/http"

	"example.com/fixtures/challengemethod/elseplain/grants"
)

type Endpoint struct{ Store *grants.Store }

func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != "authorization_code" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	g, ok := e.Store.Take(r.PostFormValue("code"))
	if !ok || g.Client != r.PostFormValue("client_id") {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	verifier := r.PostFormValue("code_verifier")
	if verifier == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	var derived string
	if g.ChallengeMethod == "S256" {
		sum := sha256.Sum256([]byte(verifier))
		derived = base64.RawURLEncoding.EncodeToString(sum[:])
	} else { // want `accepts code_challenge_method=plain: .*the branch that every code_challenge_method but "S256" takes`
		derived = verifier
	}
	if subtle.ConstantTimeCompare([]byte(derived), []byte(g.Challenge)) != 1 {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}
