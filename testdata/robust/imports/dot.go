package main

import (
	"fmt"

	. "golang.org/x/oauth2"
)

func dot(verifier string) {
	c := &Config{ClientID: "cli"}
	fmt.Println(c.AuthCodeURL("s", SetAuthURLParam("code_challenge", S256ChallengeFromVerifier(verifier)))) // want `code_challenge sent without code_challenge_method`
	fmt.Println(c.AuthCodeURL("s", S256ChallengeOption(verifier)))
}
