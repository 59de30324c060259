// Package authcfg reads the identity provider's settings and hands the
// command an *oauth2.Config: the command itself never imports
// golang.org/x/oauth2.
package authcfg

import (
	"os"

	"golang.org/x/oauth2"
)

// Load returns the OAuth client configuration of the command.
func Load() *oauth2.Config {
	return &oauth2.Config{
		ClientID:    os.Getenv("APP_CLIENT_ID"),
		RedirectURL: "http://127.0.0.1:8765/callback",
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://id.example.org/oauth/authorize",
			TokenURL: "https://id.example.org/oauth/token",
		},
	}
}

// Challenge returns the option list that sends verifier's S256 challenge.
func Challenge(verifier string) []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)}
}
