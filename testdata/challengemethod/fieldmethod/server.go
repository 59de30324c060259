// Package fieldmethod keeps each code's challenge method in a field of
// its grant, taken from the request and defaulted to "plain", and its
// token endpoint verifies a plain challenge verbatim.
package fieldmethod

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
)

type method string

const (
	methodPlain method = "plain"
	methodS256  method = "S256"
)

type grant struct {
	challenge string
	how       method
}

var grants = map[string]grant{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	g := grant{challenge: q.Get("code_challenge"), how: method(q.Get("code_challenge_method"))}
	if g.challenge != "" && g.how == "" {
		g.how = methodPlain
	}
	grants[q.Get("client_id")] = g
	w.WriteHeader(http.StatusNoContent)
}

func (g grant) verify(verifier string) bool {
	switch g.how {
	case methodS256:
		sum := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(sum[:]) == g.challenge
	case methodPlain: // want `this authorization server accepts code_challenge_method=plain`
		return verifier == g.challenge
	}
	return false
}

func Token(w http.ResponseWriter, r *http.Request) {
	g, ok := grants[r.PostFormValue("client_id")]
	if !ok || !g.verify(r.PostFormValue("code_verifier")) {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"…","token_type":"Bearer"}`))
}
