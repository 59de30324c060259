// A command-line client with PKCE whose verifier is a constant, copied
// from an example: PKCE that protects nothing (RFC 7636 §4.1, §7.1).
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

const codeVerifier = "w0HfYrKnG8AihqYHA9_XUPTIcqEXQvCQfOF2IitRgmlF43YWJ8dy2b49ZUwVUOR"

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8080/callback", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func login(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	fmt.Println("Log in:", conf.AuthCodeURL("state", oauth2.S256ChallengeOption(codeVerifier)))
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(codeVerifier)) // want `PKCE with a constant verifier: the code_verifier is fixed in the program`
}

// loginByHand sends a constant challenge in a hand-built request.
func loginByHand(state string) string {
	q := url.Values{
		"response_type":         {"code"},
		"client_id":             {"cli"},
		"state":                 {state},
		"code_challenge":        {"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"}, // want `PKCE with a constant verifier: the code_challenge is fixed in the program`
		"code_challenge_method": {"S256"},
	}
	return "https://idp.example.com/auth?" + q.Encode()
}

// loginFresh is right: a new verifier for each request.
func loginFresh(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	fmt.Println("Log in:", conf.AuthCodeURL("state", oauth2.S256ChallengeOption(verifier)))
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

func main() {
	codes := make(chan string, 1)
	login(context.Background(), codes)
	fmt.Println(loginByHand("s"))
	loginFresh(context.Background(), codes)
	http.ListenAndServe("127.0.0.1:8080", nil)
}
