// Package verifierstate is a CLI login whose helper draws a PKCE pair and
// hands it back in a struct; the authorization URL then uses the
// verifier as the state.
package verifierstate

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/url"

	"golang.org/x/oauth2"
)

type pkcePair struct {
	Verifier  string
	Challenge string
}

func newPKCE() (*pkcePair, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	v := base64.RawURLEncoding.EncodeToString(b)
	sum := sha256.Sum256([]byte(v))
	return &pkcePair{Verifier: v, Challenge: base64.RawURLEncoding.EncodeToString(sum[:])}, nil
}

func randomState() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// LoginURL sends the verifier as the state.
func LoginURL(clientID string) (string, *pkcePair, error) {
	pair, err := newPKCE()
	if err != nil {
		return "", nil, err
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("redirect_uri", "http://127.0.0.1:8976/callback")
	q.Set("code_challenge", pair.Challenge)
	q.Set("code_challenge_method", "S256")
	q.Set("state", pair.Verifier) // want `PKCE verifier sent as the OAuth state: the state travels in the authorization URL`
	return "https://auth.example.com/authorize?" + q.Encode(), pair, nil
}

// SafeLoginURL draws a separate state.
func SafeLoginURL(clientID string) (string, string, *pkcePair, error) {
	pair, err := newPKCE()
	if err != nil {
		return "", "", nil, err
	}
	state := randomState()
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("redirect_uri", "http://127.0.0.1:8976/callback")
	q.Set("code_challenge", pair.Challenge)
	q.Set("code_challenge_method", "S256")
	q.Set("state", state)
	return "https://auth.example.com/authorize?" + q.Encode(), state, pair, nil
}

// TwoPairs uses the verifier of another pair as the state: unusual, but
// not this request's verifier.
func TwoPairs(clientID string) (string, error) {
	a, err := newPKCE()
	if err != nil {
		return "", err
	}
	b, err := newPKCE()
	if err != nil {
		return "", err
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("redirect_uri", "http://127.0.0.1:8976/callback")
	q.Set("code_challenge", a.Challenge)
	q.Set("code_challenge_method", "S256")
	q.Set("state", b.Verifier)
	return "https://auth.example.com/authorize?" + q.Encode(), nil
}

// Exchange redeems the code with the pair's verifier.
func Exchange(conf *oauth2.Config, pair *pkcePair) string {
	return conf.AuthCodeURL(randomState(), oauth2.S256ChallengeOption(pair.Verifier))
}
