// Package oauthcore validates authorization requests for the API layer.
package oauthcore

import (
	"errors"
	"slices"
)

var ErrUnsupported = errors.New("unsupported_challenge_method")

// CheckMethod takes S256 and plain.
func CheckMethod(method string) error {
	if !slices.Contains([]string{"S256", "plain"}, method) {
		return ErrUnsupported
	}
	return nil
}

// CheckMethodStrict takes S256 only.
func CheckMethodStrict(method string) error {
	if method != "S256" {
		return ErrUnsupported
	}
	return nil
}
