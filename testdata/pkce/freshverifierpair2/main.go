// Command freshverifierpair2 draws a verifier with its challenge (and an
// error) in one call and the challenge leaves through an interface: the
// pair is silent. A verifier drawn alone at the exchange (with only an
// error beside it) is still reported.
package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"

	"golang.org/x/oauth2"
)

type Prompter interface {
	Authorize(authURL string) (code string, err error)
}

type pkcePair struct{}

func (pkcePair) Make() (string, string, error) {
	b := make([]byte, 48)
	if _, err := rand.Read(b); err != nil {
		return "", "", err
	}
	v := base64.RawURLEncoding.EncodeToString(b)
	h := sha256.Sum256([]byte(v))
	return v, base64.RawURLEncoding.EncodeToString(h[:]), nil
}

func randomString() (string, error) {
	b := make([]byte, 48)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func Login(ctx context.Context, cfg *oauth2.Config, p Prompter) (*oauth2.Token, error) {
	pk, ch, err := pkcePair{}.Make()
	if err != nil {
		return nil, err
	}
	code, err := p.Authorize(cfg.AuthCodeURL("st", oauth2.S256ChallengeOption(ch)))
	if err != nil {
		return nil, err
	}
	return cfg.Exchange(ctx, code, oauth2.VerifierOption(pk))
}

func Relogin(ctx context.Context, cfg *oauth2.Config, code string) (*oauth2.Token, error) {
	v, err := randomString()
	if err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	return cfg.Exchange(ctx, code, oauth2.VerifierOption(v)) // want `code_verifier drawn at the token request`
}
