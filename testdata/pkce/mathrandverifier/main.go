// A command-line client whose PKCE verifier comes from math/rand: the
// challenge is sent, but the verifier behind it can be reproduced
// (RFC 7636 §7.1).
package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	mrand "math/rand"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8080/callback", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

func randomString(n int) string {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

func newState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func login(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	verifier := randomString(64)
	fmt.Println("Log in:", conf.AuthCodeURL(newState(), oauth2.S256ChallengeOption(verifier))) // want `PKCE with a predictable verifier: the code_challenge derives from math/rand`
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

// loginFresh is right: the verifier comes from crypto/rand.
func loginFresh(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	fmt.Println("Log in:", conf.AuthCodeURL(newState(), oauth2.S256ChallengeOption(verifier)))
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

func main() {
	codes := make(chan string, 1)
	login(context.Background(), codes)
	loginFresh(context.Background(), codes)
	http.ListenAndServe("127.0.0.1:8080", nil)
}
