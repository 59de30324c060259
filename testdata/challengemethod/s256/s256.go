// Package s256 sends S256 challenges and sometimes forgets the method.
package s256

import (
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "app", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth"}}

// ChallengeOnly computes the S256 challenge but sends no method: the server
// assumes plain and compares the verifier with the hash.
func ChallengeOnly(state, verifier string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))) // want `code_challenge sent without code_challenge_method: the server assumes "plain" \(RFC 7636 §4.3\) and compares the verifier itself with this S256 hash`
}

// Right: S256ChallengeOption sends both parameters.
func Right(state, verifier string) string {
	return conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
}

// RightByHand sends both by hand.
func RightByHand(state, verifier string) string {
	return conf.AuthCodeURL(state,
		oauth2.SetAuthURLParam("code_challenge", oauth2.S256ChallengeFromVerifier(verifier)),
		oauth2.SetAuthURLParam("code_challenge_method", "S256"))
}

// Values builds the request by hand and forgets the method.
func Values(base, state, verifier string) string {
	q := url.Values{
		"response_type":  {"code"},
		"client_id":      {"app"},
		"state":          {state},
		"code_challenge": {oauth2.S256ChallengeFromVerifier(verifier)}, // want `code_challenge sent without code_challenge_method`
	}
	return base + "?" + q.Encode()
}

// Setter builds it with Set calls.
func Setter(base, state, verifier string) string {
	challenge := oauth2.S256ChallengeFromVerifier(verifier)
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("state", state)
	q.Set("code_challenge", challenge) // want `code_challenge sent without code_challenge_method`
	return base + "?" + q.Encode()
}

// Unknown challenge origin: reported, but no fix (the method is not ours to guess).
func Unknown(base, state, challenge string) string {
	return base + "?response_type=code&state=" + state + "&code_challenge=" + challenge // want `code_challenge sent without code_challenge_method: the server assumes "plain" \(RFC 7636 §4.3\); send an S256 challenge`
}

// GitHubStyle sends no response_type (GitHub defaults it to code): still an
// authorization request, whose challenge still needs its method.
func GitHubStyle(clientID, redirectURI, verifier string) string {
	q := url.Values{}
	q.Set("client_id", clientID)
	q.Set("redirect_uri", redirectURI)
	q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier)) // want `code_challenge sent without code_challenge_method`
	return "https://github.com/login/oauth/authorize?" + q.Encode()
}
