package verifierstate2

import (
	"net/url"

	"golang.org/x/oauth2"
)

type pkce struct{ verifier, challenge string }

func draw() pkce {
	v := oauth2.GenerateVerifier()
	return pkce{verifier: v, challenge: oauth2.S256ChallengeFromVerifier(v)}
}

// LiteralURL builds the query as a url.Values literal from a pair held by
// value.
func LiteralURL() (string, pkce) {
	p := draw()
	q := url.Values{
		"response_type":         {"code"},
		"client_id":             {"cli"},
		"redirect_uri":          {"http://127.0.0.1:9000/cb"},
		"code_challenge":        {p.challenge},
		"code_challenge_method": {"S256"},
		"state":                 {p.verifier}, // want `PKCE verifier sent as the OAuth state`
	}
	return "https://auth.example.com/authorize?" + q.Encode(), p
}

// LiteralURLSafe sends a state of its own.
func LiteralURLSafe(state string) (string, pkce) {
	p := draw()
	q := url.Values{
		"response_type":         {"code"},
		"client_id":             {"cli"},
		"redirect_uri":          {"http://127.0.0.1:9000/cb"},
		"code_challenge":        {p.challenge},
		"code_challenge_method": {"S256"},
		"state":                 {state},
	}
	return "https://auth.example.com/authorize?" + q.Encode(), p
}
