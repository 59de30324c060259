// Package login builds GitHub-style authorization URLs by hand: GitHub's
// authorize endpoint needs no response_type (it defaults to code).
package login

import (
	"fmt"
	"net/url"
)

const authorizeURL = "https://github.com/login/oauth/authorize"

// BrowserURL is the URL to open for the user to log in, as github.com/cli/oauth builds it.
func BrowserURL(clientID, redirectURI, state string) string {
	q := url.Values{}
	q.Set("client_id", clientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("scope", "repo")
	q.Set("state", state)
	return fmt.Sprintf("%s?%s", authorizeURL, q.Encode())
}

// BrowserURLWithPKCE sends an S256 challenge.
func BrowserURLWithPKCE(clientID, redirectURI, state, challenge string) string {
	q := url.Values{}
	q.Set("client_id", clientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("state", state)
	q.Set("code_challenge", challenge)
	q.Set("code_challenge_method", "S256")
	return authorizeURL + "?" + q.Encode()
}
