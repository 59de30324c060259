// Package provider is a login helper library (a provider interface of a
// web framework middleware): BeginAuth sends an S256 challenge but drops
// its verifier; CompleteAuth draws another one for the exchange and sends
// it with oauth2.SetAuthURLParam. A CLI that draws one verifier and uses
// it for both legs in one function is the safe near-miss.
package provider

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"

	"golang.org/x/oauth2"
)

type Provider struct{ cfg *oauth2.Config }

func (p *Provider) BeginAuth(state string) string {
	v := oauth2.GenerateVerifier()
	return p.cfg.AuthCodeURL(state, oauth2.S256ChallengeOption(v))
}

func randomVerifier() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (p *Provider) CompleteAuth(ctx context.Context, get func(string) string) (*oauth2.Token, error) {
	if code := get("code"); code != "" {
		cv := randomVerifier()
		return p.cfg.Exchange(ctx, code, oauth2.SetAuthURLParam("code_verifier", cv)) // want `code_verifier drawn at the token request`
	}
	return nil, fmt.Errorf("no code")
}

// CLILogin draws one verifier and uses it for both legs: right.
func (p *Provider) CLILogin(ctx context.Context, state string, readCode func(string) string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	code := readCode(p.cfg.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	return p.cfg.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}

// Resume sends a verifier it was given: the caller's, silent.
func (p *Provider) Resume(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	return p.cfg.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}
