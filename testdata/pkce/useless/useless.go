// Package useless sends a PKCE verifier at the token endpoint but never
// sends the challenge: the server has nothing to check it against.
package useless

import (
	"context"

	"golang.org/x/oauth2"
)

// Login runs the flow; prompt shows the URL and returns the code.
func Login(ctx context.Context, conf *oauth2.Config, state string, prompt func(string) (string, error)) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	code, err := prompt(conf.AuthCodeURL(state))
	if err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier)) // want `code_verifier sent at the token endpoint protects nothing: the authorization request \(line 14\) sends no code_challenge`
}

// LoginPKCE is right.
func LoginPKCE(ctx context.Context, conf *oauth2.Config, state string, prompt func(string) (string, error)) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	code, err := prompt(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	if err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}
