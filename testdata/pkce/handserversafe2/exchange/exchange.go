// Package exchange redeems authorization codes, checking PKCE.
package exchange

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"

	"example.com/fixtures/pkce/handserversafe2/wire"
)

type stored struct{ client, redirect, challenge string }

var codes = map[string]stored{}

// Redeem checks the request's verifier against the stored challenge.
func Redeem(req wire.TokenRequest) (string, error) {
	s, ok := codes[req.Code]
	delete(codes, req.Code)
	sum := sha256.Sum256([]byte(req.CodeVerifier))
	if !ok || s.client != req.ClientID || s.redirect != req.RedirectURI || base64.RawURLEncoding.EncodeToString(sum[:]) != s.challenge {
		return "", errors.New("invalid_grant")
	}
	return "at-" + req.Code, nil
}
