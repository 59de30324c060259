// Package seal signs and checks values with the server's HMAC key.
package seal

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

var errForged = errors.New("forged value")

// Verify returns the payload of a "payload.mac" value signed with key.
func Verify(value string, key []byte) (string, error) {
	payload, mac, ok := strings.Cut(value, ".")
	if !ok {
		return "", errForged
	}
	h := hmac.New(sha256.New, key)
	h.Write([]byte(payload))
	want := hex.EncodeToString(h.Sum(nil))
	if !hmac.Equal([]byte(mac), []byte(want)) {
		return "", errForged
	}
	return payload, nil
}
