// Package verif makes PKCE verifiers: New from math/rand (predictable),
// Secure from crypto/rand.
package verif

import (
	crand "crypto/rand"
	"encoding/base64"
	"math/rand"
)

const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

func New() string {
	out := make([]byte, 43)
	for i := range out {
		out[i] = chars[rand.Intn(len(chars))]
	}
	return string(out)
}

func Secure() string {
	b := make([]byte, 32)
	_, _ = crand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
