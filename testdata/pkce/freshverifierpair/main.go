// Command freshverifierpair draws its verifier and challenge together
// and hands the challenge to the login step through a function value:
// the verifier sent at the exchange is the one whose challenge was sent
// (silent).
package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"log"

	"golang.org/x/oauth2"
)

type loginFunc func(cfg *oauth2.Config, state, challenge string) (string, error)

func promptLogin(cfg *oauth2.Config, state, challenge string) (string, error) {
	u := cfg.AuthCodeURL(state, oauth2.SetAuthURLParam("code_challenge", challenge), oauth2.SetAuthURLParam("code_challenge_method", "S256"))
	fmt.Println("Open this URL and paste the code:", u)
	var code string
	_, err := fmt.Scanln(&code)
	return code, err
}

func newPKCE() (verifier, challenge string) {
	b := make([]byte, 32)
	rand.Read(b)
	verifier = base64.RawURLEncoding.EncodeToString(b)
	sum := sha256.Sum256([]byte(verifier))
	return verifier, base64.RawURLEncoding.EncodeToString(sum[:])
}

func authenticate(ctx context.Context, cfg *oauth2.Config, login loginFunc) (*oauth2.Token, error) {
	verifier, challenge := newPKCE()
	code, err := login(cfg, oauth2.GenerateVerifier(), challenge)
	if err != nil {
		return nil, err
	}
	return cfg.Exchange(ctx, code, oauth2.SetAuthURLParam("code_verifier", verifier))
}

func main() {
	cfg := &oauth2.Config{
		ClientID:    "drive-cli",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/token"},
		RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
	}
	if _, err := authenticate(context.Background(), cfg, promptLogin); err != nil {
		log.Fatal(err)
	}
}
