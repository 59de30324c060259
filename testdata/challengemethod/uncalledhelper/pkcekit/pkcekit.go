// Package pkcekit exports PKCE helpers. VerifyPKCE accepts the plain
// method, but no code of the module calls it: the server checks
// verifiers with its own S256-only function (silent).
package pkcekit

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
)

const (
	MethodPlain = "plain"
	MethodS256  = "S256"
)

func VerifyPKCE(verifier, challenge, method string) bool {
	switch method {
	case MethodPlain:
		return subtle.ConstantTimeCompare([]byte(verifier), []byte(challenge)) == 1
	case MethodS256:
		sum := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(sum[:]) == challenge
	}
	return false
}
