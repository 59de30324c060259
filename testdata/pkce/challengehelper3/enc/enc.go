// Package enc derives a PKCE challenge through a digest, hex-encoded into
// a buffer, then base64: the result has the verifier's origin.
package enc

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

func Challenge(v string) string {
	h := sha256.New()
	h.Write([]byte(v))
	out := make([]byte, 64)
	hex.Encode(out, h.Sum(nil))
	return base64.URLEncoding.EncodeToString(out)
}
