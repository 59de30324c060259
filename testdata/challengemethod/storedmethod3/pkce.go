// Package storedmethod3 checks the verifier of a code whose challenge
// and method a repository keeps: the plain branch sets the value to
// compare, and the comparison comes after the branches (reported, at the
// plain branch of the check that runs: normalizeMethod, whose gate also
// lets plain through, is called nowhere).
package storedmethod3

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

const (
	MethodPlain = "plain"
	MethodS256  = "S256"
)

var errUnsupported = errors.New("invalid_request: unsupported code_challenge_method")

type StoredCode struct {
	Challenge, Method string
}

func normalizeMethod(method string) (string, error) {
	if method == "" {
		method = MethodPlain
	}
	if method != MethodPlain && method != MethodS256 {
		return "", errUnsupported
	}
	return method, nil
}

func VerifyPKCE(code *StoredCode, verifier string) error {
	var computed string
	if code.Method == MethodPlain { // want `this authorization server accepts code_challenge_method=plain: the server's PKCE check accepts code_challenge_method "plain" \(comparison in VerifyPKCE\)`
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
