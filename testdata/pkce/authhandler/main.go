// A command-line client built on golang.org/x/oauth2/authhandler.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/authhandler"
)

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "urn:ietf:wg:oauth:2.0:oob", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

// prompt prints the URL and reads the code from stdin.
func prompt(authCodeURL string) (string, string, error) {
	fmt.Printf("Visit %s\nand paste the code: ", authCodeURL)
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.TrimSpace(code), "state", err
}

func main() {
	ctx := context.Background()
	verifier := oauth2.GenerateVerifier()

	// Right: both Challenge and ChallengeMethod, so the challenge is sent.
	good := authhandler.TokenSourceWithPKCE(ctx, conf, "state", prompt, &authhandler.PKCEParams{
		Challenge:       oauth2.S256ChallengeFromVerifier(verifier),
		ChallengeMethod: "S256",
		Verifier:        verifier,
	})

	// Wrong: without ChallengeMethod, TokenSourceWithPKCE sends no challenge.
	params := &authhandler.PKCEParams{ // want `PKCE is set up but never sent: authhandler.PKCEParams sets no ChallengeMethod, so TokenSourceWithPKCE sends no code_challenge while it still sends the verifier; the flow runs without PKCE`
		Challenge: oauth2.S256ChallengeFromVerifier(verifier),
		Verifier:  verifier,
	}
	bad := authhandler.TokenSourceWithPKCE(ctx, conf, "state", prompt, params)

	// Wrong: no PKCE at all in a command-line client.
	none := authhandler.TokenSource(ctx, conf, "state", prompt) // want `authorization code flow without PKCE in a command-line client: uses the out-of-band redirect urn:ietf:wg:oauth:2.0:oob`

	for _, ts := range []oauth2.TokenSource{good, bad, none} {
		if _, err := ts.Token(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}
