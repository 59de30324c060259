// Package pkcegen makes PKCE verifiers: one from math/rand/v2
// (predictable), one from crypto/rand.
package pkcegen

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	mrand "math/rand/v2"
)

// Weak fills the verifier from math/rand/v2's default generator.
func Weak() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(mrand.IntN(256))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Strong draws 32 random bytes.
func Strong() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// Challenge is the S256 challenge of a verifier.
func Challenge(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
