// Command paths signs in with the code flow and PKCE by default, and with
// the implicit flow when asked to: one function, two requests.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"net/url"

	"golang.org/x/oauth2"
)

const authorizeEndpoint = "https://login.example.io/oauth2/authorize"

func nonce() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func loginURL(implicit bool, verifier string) string {
	q := url.Values{}
	q.Set("client_id", "paths-cli")
	q.Set("redirect_uri", "http://127.0.0.1:8400/callback")
	q.Set("scope", "openid profile")
	if implicit {
		q.Set("response_type", "id_token token") // want `implicit grant when implicit is true: response_type="id_token token" returns the access token in the browser, in a command-line client`
		q.Set("nonce", nonce())
	} else {
		q.Set("response_type", "code")
		q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
		q.Set("code_challenge_method", "S256")
	}
	return authorizeEndpoint + "?" + q.Encode()
}

// hybridURL asks for a code and an ID token on one path, a code on the
// other: neither returns an access token in the browser.
func hybridURL(withIDToken bool, verifier string) string {
	q := url.Values{"client_id": {"paths-cli"}, "redirect_uri": {"http://127.0.0.1:8400/callback"}}
	rt := "code"
	if withIDToken {
		rt = "code id_token"
	}
	q.Set("response_type", rt)
	q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
	q.Set("code_challenge_method", "S256")
	return authorizeEndpoint + "?" + q.Encode()
}

// tokenURL picks the response type through a variable assigned on one
// path only.
func tokenURL(legacy bool) string {
	q := url.Values{"client_id": {"paths-cli"}, "redirect_uri": {"http://127.0.0.1:8400/callback"}}
	rt := "code"
	if legacy {
		rt = "token"
	}
	q.Set("response_type", rt) // want `implicit grant when legacy is true: response_type="token"`
	q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(oauth2.GenerateVerifier()))
	q.Set("code_challenge_method", "S256")
	return authorizeEndpoint + "?" + q.Encode()
}

func main() {
	implicit := flag.Bool("implicit", false, "use the implicit flow")
	flag.Parse()
	v := oauth2.GenerateVerifier()
	fmt.Println(loginURL(*implicit, v))
	fmt.Println(hybridURL(*implicit, v))
	fmt.Println(tokenURL(*implicit))
}
