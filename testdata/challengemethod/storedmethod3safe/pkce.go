// Package storedmethod3safe is storedmethod3's twin that refuses plain:
// its verifier still sets the value to compare on a plain branch (left
// from an older release), but the authorization endpoint's check turns
// plain away before any code is stored (silent).
package storedmethod3safe

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

const (
	MethodPlain = "plain"
	MethodS256  = "S256"
)

var errUnsupported = errors.New("invalid_request: code_challenge_method must be S256")

type StoredCode struct {
	Challenge, Method string
}

func normalizeMethod(method string) (string, error) {
	if method == "" || method == MethodPlain {
		return "", errUnsupported
	}
	if method != MethodS256 {
		return "", errUnsupported
	}
	return method, nil
}

func VerifyPKCE(code *StoredCode, verifier string) error {
	var computed string
	if code.Method == MethodPlain {
		computed = verifier
	} else if code.Method == MethodS256 {
		sum := sha256.Sum256([]byte(verifier))
		computed = base64.RawURLEncoding.EncodeToString(sum[:])
	} else {
		return errUnsupported
	}
	if computed != code.Challenge {
		return errors.New("invalid_grant")
	}
	return nil
}
