// Package login signs a command-line user in through an injected
// opener.Opener: the browser is the user's, on this machine, so this is a
// native client, and its code flow needs PKCE (reported), while the
// variant that sends an S256 challenge is silent.
package login

import (
	"context"
	"crypto/rand"
	"encoding/base64"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browseriface/opener"
)

type Service struct {
	browser opener.Opener
	cfg     oauth2.Config
}

func New(b opener.Opener) *Service {
	return &Service{browser: b, cfg: oauth2.Config{
		ClientID:    "cli",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
		RedirectURL: "http://127.0.0.1:8085/callback",
	}}
}

func state() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Service) Login(ctx context.Context) error {
	u := s.cfg.AuthCodeURL(state()) // want `without PKCE in a native client: opens the authorization URL in the system browser with opener.Open`
	return s.browser.Open(u)
}

func (s *Service) LoginPKCE(ctx context.Context, verifier string) error {
	u := s.cfg.AuthCodeURL(state(), oauth2.S256ChallengeOption(verifier))
	return s.browser.Open(u)
}
