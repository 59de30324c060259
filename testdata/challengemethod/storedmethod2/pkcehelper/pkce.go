// Package pkcehelper is a client's helper: it derives the challenge for
// the method it is configured with, and compares nothing (silent).
package pkcehelper

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

func Challenge(verifier, method string) (string, error) {
	switch method {
	case "S256":
		h := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(h[:]), nil
	case "plain":
		return verifier, nil
	}
	return "", errors.New("unsupported method")
}

func Validate(method string) error {
	if method != "S256" && method != "plain" {
		return errors.New("unsupported code_challenge_method")
	}
	return nil
}
