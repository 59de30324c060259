// Command verifierstate5 draws its verifier and challenge as a pair in a
// helper that returns a struct (and a zero pair on error), builds the
// authorization URL in a function taking the challenge and the state as
// parameters, and passes the pair's verifier for the state: the
// verifier travels in the URL. The second login passes a state of its
// own and is silent.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net"
	"net/url"
)

type pkcePair struct {
	Verifier  string
	Challenge string
}

func newPair() (pkcePair, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return pkcePair{}, err
	}
	v := base64.RawURLEncoding.EncodeToString(b)
	s := sha256.Sum256([]byte(v))
	return pkcePair{Verifier: v, Challenge: base64.RawURLEncoding.EncodeToString(s[:])}, nil
}

func randomState() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func authorizeURL(clientID, redirect, challenge, state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("redirect_uri", redirect)
	q.Set("code_challenge", challenge)
	q.Set("code_challenge_method", "S256")
	q.Set("state", state)
	return "https://auth.example.com/oauth/authorize?" + q.Encode()
}

func login() {
	p, err := newPair()
	if err != nil {
		panic(err)
	}
	u := authorizeURL("desktop", "http://127.0.0.1:1455/cb", p.Challenge, p.Verifier) // want `PKCE verifier sent as the OAuth state`
	fmt.Println("open", u)
}

func loginSafe() {
	p, err := newPair()
	if err != nil {
		panic(err)
	}
	u := authorizeURL("desktop", "http://127.0.0.1:1455/cb", p.Challenge, randomState())
	fmt.Println("open", u)
}

// loginTwoPairs passes the verifier of another pair: not this request's
// verifier (the challenge is q's), so not reported here.
func loginTwoPairs() {
	p, _ := newPair()
	q, _ := newPair()
	u := authorizeURL("desktop", "http://127.0.0.1:1455/cb", q.Challenge, p.Verifier)
	fmt.Println("open", u)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:1455")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	login()
	loginSafe()
	loginTwoPairs()
}
