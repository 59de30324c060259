// Package randutil is a helper package with no OAuth in it: its
// RandString draws from math/rand, which a fact carries to callers.
package randutil

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

// RandString returns n characters from math/rand: predictable.
func RandString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))]
	}
	return string(b)
}

// Token returns 16 random bytes in hex, from crypto/rand.
func Token() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
