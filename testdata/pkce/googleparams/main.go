// Command gcreds signs a user in to Google from the terminal with
// golang.org/x/oauth2/google's CredentialsParams: its PKCE field is the
// same authhandler.PKCEParams, sent only when Challenge and
// ChallengeMethod are both set.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/authhandler"
	"golang.org/x/oauth2/google"
)

func paste(authCodeURL string) (string, string, error) {
	fmt.Println("Visit", authCodeURL, "and paste the code and state:")
	var code, state string
	_, err := fmt.Scan(&code, &state)
	return code, state, err
}

func main() {
	ctx := context.Background()
	secrets, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	verifier := oauth2.GenerateVerifier()

	// Right: the challenge and its method.
	good, err := google.CredentialsFromJSONWithParams(ctx, secrets, google.CredentialsParams{
		Scopes:      []string{"email"},
		AuthHandler: paste,
		State:       rand.Text(),
		PKCE: &authhandler.PKCEParams{
			Challenge:       oauth2.S256ChallengeFromVerifier(verifier),
			ChallengeMethod: "S256",
			Verifier:        verifier,
		},
	})
	fmt.Println(good, err)

	// Wrong: no method, so no challenge is sent.
	pkce := &authhandler.PKCEParams{ // want `PKCE is set up but never sent: authhandler.PKCEParams sets no ChallengeMethod`
		Challenge: oauth2.S256ChallengeFromVerifier(verifier),
		Verifier:  verifier,
	}
	bad, err := google.FindDefaultCredentialsWithParams(ctx, google.CredentialsParams{
		Scopes:      []string{"email"},
		AuthHandler: paste,
		State:       rand.Text(),
		PKCE:        pkce,
	})
	fmt.Println(bad, err)
}
