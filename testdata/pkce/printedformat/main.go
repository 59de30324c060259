// Command printedformat prints the authorization URL for the user to
// open inside a Printf format, a line of prose around it, and reads the
// redirect back from the terminal: no code_challenge, reported. Beside
// it the same prompt whose format carries an S256 challenge.
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/url"

	"golang.org/x/oauth2"
)

func main() {
	fmt.Printf("Open this page in your browser: https://www.fitness.example.net/oauth/authorize?client_id=%d&response_type=code&redirect_uri=http://127.0.0.1/exchange&scope=read\n", 4711) // want `authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt.Printf`
	var back string
	fmt.Scanln(&back)
	u, _ := url.Parse(back)
	_ = u.Query().Get("code")

	verifier := oauth2.GenerateVerifier()
	sum := sha256.Sum256([]byte(verifier))
	fmt.Printf("Then open: https://www.fitness.example.net/oauth/authorize?client_id=%d&response_type=code&redirect_uri=http://127.0.0.1/exchange&code_challenge=%s&code_challenge_method=S256\n",
		4711, base64.RawURLEncoding.EncodeToString(sum[:]))
	fmt.Scanln(&back)
}
