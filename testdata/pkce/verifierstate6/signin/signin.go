// Package signin builds the authorization URL from a verifier and a
// state its callers give: it derives the S256 challenge itself.
package signin

import "golang.org/x/oauth2"

var Conf = &oauth2.Config{
	ClientID:    "appctl",
	RedirectURL: "http://localhost:8765/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.example.io/oauth2/authorize",
		TokenURL: "https://login.example.io/oauth2/token",
	},
}

// URL is the URL to open for a login with verifier and state.
func URL(verifier, state string) string {
	return Conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}
