// Package pk hashes bytes into a PKCE challenge with a digest.
package pk

import (
	"crypto/sha256"
	"encoding/base64"
)

func Encode(raw []byte) string {
	h := sha256.New()
	h.Write(raw)
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}
