// Command branchoption picks one AuthCodeURL option in the branches of
// an if (a refresh token's lifetime): both branches set the same
// harmless parameter, so the login that pastes the code back sends no
// challenge and is reported. Beside it the same login whose branches
// both add S256 (silent), and one whose branches differ on PKCE (one
// path only: unknown, silent).
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "branchoption",
	RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func authURL(state string, permanent bool) string {
	var lifetime oauth2.AuthCodeOption
	if permanent {
		lifetime = oauth2.SetAuthURLParam("duration", "permanent")
	} else {
		lifetime = oauth2.SetAuthURLParam("duration", "temporary")
	}
	return conf.AuthCodeURL(state, lifetime) // want `authorization code flow without PKCE in a command-line client: uses the out-of-band redirect`
}

func authURLPKCE(state, verifier string, permanent bool) string {
	var opt oauth2.AuthCodeOption
	if permanent {
		opt = oauth2.S256ChallengeOption(verifier)
	} else {
		opt = oauth2.S256ChallengeOption(verifier)
	}
	return conf.AuthCodeURL(state, opt)
}

func authURLMixed(state, verifier string, pkce bool) string {
	var opt oauth2.AuthCodeOption
	if pkce {
		opt = oauth2.S256ChallengeOption(verifier)
	} else {
		opt = oauth2.SetAuthURLParam("prompt", "consent")
	}
	return conf.AuthCodeURL(state, opt)
}

func main() {
	state := oauth2.GenerateVerifier()
	fmt.Println("open", authURL(state, true))
	var code string
	fmt.Scanln(&code)
	tok, err := conf.Exchange(context.Background(), code)
	if err != nil {
		return
	}
	_ = tok

	verifier := oauth2.GenerateVerifier()
	fmt.Println("open", authURLPKCE(state, verifier, false))
	fmt.Println("open", authURLMixed(state, verifier, true))
	fmt.Scanln(&code)
	tok, err = conf.Exchange(context.Background(), code, oauth2.VerifierOption(verifier))
	_, _ = tok, err
}
