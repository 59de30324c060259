// Package codecheck exports the check the token endpoint of package
// tokens calls: it takes a plain challenge as the verifier itself.
package codecheck

import (
	"crypto/sha256"
	"encoding/base64"
)

// Matches reports whether verifier answers the challenge stored with
// the code, by the method stored beside it.
func Matches(method, challenge, verifier string) bool {
	if method == "S256" {
		h := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(h[:]) == challenge
	} else if method == "plain" {
		return verifier == challenge
	}
	return false
}
