// Package verifierstate2 keeps the verifier in a local, or in a field of
// its flow, and passes it to AuthCodeURL both as the state and as the
// source of the challenge.
package verifierstate2

import (
	"context"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "cli",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.example.com/authorize", TokenURL: "https://auth.example.com/token"},
	RedirectURL: "http://127.0.0.1:9000/cb",
}

// Begin uses one oauth2.GenerateVerifier() value for both.
func Begin() (string, string) {
	verifier := oauth2.GenerateVerifier()
	u := conf.AuthCodeURL(verifier, oauth2.S256ChallengeOption(verifier)) // want `PKCE verifier sent as the OAuth state`
	return u, verifier
}

type session struct {
	codeVerifier string
	csrf         string
}

// Start keeps the verifier in the session and sends it as the state.
func (s *session) Start() string {
	s.codeVerifier = oauth2.GenerateVerifier()
	return conf.AuthCodeURL(s.codeVerifier, oauth2.SetAuthURLParam("code_challenge", oauth2.S256ChallengeFromVerifier(s.codeVerifier)), oauth2.SetAuthURLParam("code_challenge_method", "S256")) // want `PKCE verifier sent as the OAuth state`
}

// StartSafe draws a separate state.
func (s *session) StartSafe() string {
	s.codeVerifier = oauth2.GenerateVerifier()
	s.csrf = oauth2.GenerateVerifier()
	return conf.AuthCodeURL(s.csrf, oauth2.S256ChallengeOption(s.codeVerifier))
}

// BeginSafe: two draws of the same generator are two values.
func BeginSafe() (string, string, string) {
	state, verifier := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	return conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), state, verifier
}

func (s *session) Finish(ctx context.Context, code string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code, oauth2.VerifierOption(s.codeVerifier))
}
