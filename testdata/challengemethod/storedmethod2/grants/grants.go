// Package grants keeps each pending code in a store and checks the
// verifier with a tagless switch over the stored record's method: plain
// compared in constant time is accepted (reported).
package grants

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
)

type record struct {
	challenge string
	how       string
}

type Store interface {
	Load(code string) (record, bool)
}

func Check(st Store, code, verifier string) bool {
	rec, ok := st.Load(code)
	if !ok {
		return false
	}
	switch {
	case rec.how == "plain": // want `this authorization server accepts code_challenge_method=plain`
		return subtle.ConstantTimeCompare([]byte(rec.challenge), []byte(verifier)) == 1
	case rec.how == "S256":
		h := sha256.Sum256([]byte(verifier))
		return subtle.ConstantTimeCompare([]byte(base64.RawURLEncoding.EncodeToString(h[:])), []byte(rec.challenge)) == 1
	default:
		return false
	}
}
