// Package strict is grants' twin that refuses a stored plain method at
// its token endpoint: the vocabulary is there, the plain branch refuses
// (silent).
package strict

import (
	"crypto/sha256"
	"encoding/base64"
)

type record struct {
	challenge string
	how       string
}

type Store interface {
	Load(code string) (record, bool)
}

func CheckStrict(st Store, code, verifier string) bool {
	rec, ok := st.Load(code)
	if !ok {
		return false
	}
	switch rec.how {
	case "S256":
		h := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(h[:]) == rec.challenge
	case "plain":
		return false
	}
	return false
}
