// Package login returns the parsed authorization URL of a command-line
// client, without a PKCE challenge.
package login

import (
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "cli",
	RedirectURL: os.Getenv("LOGIN_REDIRECT"),
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
}

func URL(state string) *url.URL {
	u, err := url.Parse(conf.AuthCodeURL(state))
	if err != nil {
		return nil
	}
	return u
}

// PKCEURL sends an S256 challenge.
func PKCEURL(state, verifier string) *url.URL {
	u, _ := url.Parse(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	return u
}
