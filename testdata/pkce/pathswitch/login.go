// Command pathswitch chooses how to sign in with switch statements: the
// legacy path its caller can pick sends no challenge; the path a provider
// name from the environment picks is not known statically.
package main

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

type login struct {
	endpoint string
	client   string
	verifier string
}

func (l *login) url(legacy bool) string {
	v := url.Values{}
	v.Add("client_id", l.client)
	v.Add("redirect_uri", "http://localhost:9753/oauth/callback")
	switch {
	case legacy:
		v.Add("response_type", "code") // want `authorization code flow without PKCE when legacy is true in a command-line client`
	default:
		v.Add("response_type", "code")
		v.Add("code_challenge", oauth2.S256ChallengeFromVerifier(l.verifier))
		v.Add("code_challenge_method", "S256")
	}
	return l.endpoint + "?" + v.Encode()
}

func (l *login) providerURL(provider string) string {
	v := url.Values{}
	v.Add("client_id", l.client)
	v.Add("redirect_uri", "http://localhost:9753/oauth/callback")
	v.Add("response_type", "code")
	switch strings.ToLower(provider) {
	case "okta", "auth0":
		v.Add("code_challenge", oauth2.S256ChallengeFromVerifier(l.verifier))
		v.Add("code_challenge_method", "S256")
	case "github":
	}
	return l.endpoint + "?" + v.Encode()
}

func main() {
	l := &login{endpoint: "https://id.example.com/oauth/authorize", client: "pathswitch", verifier: oauth2.GenerateVerifier()}
	fmt.Println("Open", l.url(len(os.Args) > 1 && os.Args[1] == "--legacy"))
	fmt.Println("Open", l.providerURL(os.Getenv("PROVIDER")))
}
