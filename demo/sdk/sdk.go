// Package sdk is a small client library that builds authorization URLs
// for its users' apps, with PKCE done by hand.
//
// What oauthvet reports here:
//   - challengemethod: AuthorizeURL sends code_challenge (an S256 hash)
//     without code_challenge_method, so the server assumes "plain" and
//     compares the verifier itself with the hash (RFC 7636 §4.3).
//   - challengemethod: PlainAuthCodeURL sends code_challenge_method=plain,
//     which makes the challenge the verifier itself (RFC 7636 §7.2).
package sdk

import (
	"net/url"

	"golang.org/x/oauth2"
)

// AuthorizeURL returns the authorization endpoint base with the query of
// an authorization code request protected by PKCE.
func AuthorizeURL(base, clientID, state, verifier string) string {
	q := url.Values{
		"response_type":  {"code"},
		"client_id":      {clientID},
		"state":          {state},
		"code_challenge": {oauth2.S256ChallengeFromVerifier(verifier)},
	}
	return base + "?" + q.Encode()
}

// PlainAuthCodeURL is for authorization servers that do not support S256:
// it sends the verifier itself as the challenge.
func PlainAuthCodeURL(conf *oauth2.Config, state, verifier string) string {
	return conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("code_challenge", verifier),
		oauth2.SetAuthURLParam("code_challenge_method", "plain"))
}
