// Package s256 derives a PKCE challenge from a verifier: its result has
// the verifier's origin.
package s256

import (
	"crypto/sha256"
	"encoding/base64"
)

func Of(verifier string) string {
	d := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(d[:])
}
