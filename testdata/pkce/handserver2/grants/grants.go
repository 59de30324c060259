// Package grants redeems what the token endpoint was given.
package grants

import (
	"errors"
	"time"
)

// Issued is a token response.
type Issued struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
}

type codeEntry struct {
	client   string
	redirect string
	expires  time.Time
}

var pending = map[string]codeEntry{}

// RedeemCode exchanges an authorization code issued to client.
func RedeemCode(client, code, redirect string) (*Issued, error) {
	e, ok := pending[code]
	delete(pending, code)
	if !ok || e.client != client || e.redirect != redirect || time.Now().After(e.expires) {
		return nil, errors.New("invalid_grant")
	}
	return &Issued{AccessToken: "at-" + code, TokenType: "Bearer", ExpiresIn: 600}, nil
}
