// Command verifierstate3 draws its verifier and challenge in a helper
// that returns both (and an error), then sends the verifier as the
// state of a hand-built authorization URL.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net"
	"net/url"
	"os/exec"
)

func newPKCE() (string, string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", "", err
	}
	verifier := base64.RawURLEncoding.EncodeToString(buf)
	sum := sha256.Sum256([]byte(verifier))
	return verifier, base64.RawURLEncoding.EncodeToString(sum[:]), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:1455")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	verifier, challenge, err := newPKCE()
	if err != nil {
		panic(err)
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "desktop-agent")
	q.Set("redirect_uri", "http://127.0.0.1:1455/auth/callback")
	q.Set("code_challenge", challenge)
	q.Set("code_challenge_method", "S256")
	q.Set("state", verifier) // want `PKCE verifier sent as the OAuth state`
	u := "https://auth.example.com/oauth/authorize?" + q.Encode()
	exec.Command("xdg-open", u).Start()
	fmt.Println("If the browser did not open, visit", u)
}
