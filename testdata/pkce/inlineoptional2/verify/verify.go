// Package verify checks PKCE verifiers.
package verify

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
)

// S256 reports whether verifier hashes to challenge.
func S256(challenge, verifier string) bool {
	sum := sha256.Sum256([]byte(verifier))
	return subtle.ConstantTimeCompare([]byte(base64.RawURLEncoding.EncodeToString(sum[:])), []byte(challenge)) == 1
}
