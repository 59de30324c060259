// Command appendedchallenge is a loopback CLI login that appends its S256
// challenge to AuthCodeURL's result by concatenation and sends the
// verifier at the token endpoint: PKCE is there (silent). A second login
// appends only a prompt: no PKCE (reported).
package main

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "cli",
	RedirectURL: "http://127.0.0.1:8765/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example/authorize", TokenURL: "https://idp.example/token"},
}

func challenge(verifier string) string {
	sum := sha256.Sum256([]byte(verifier))
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

func login(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	state, verifier := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	u := conf.AuthCodeURL(state) + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256"
	fmt.Println("open", u)
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

func loginAgain(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	u := conf.AuthCodeURL(oauth2.GenerateVerifier()) + "&prompt=consent" // want `authorization code flow without PKCE in a command-line client`
	fmt.Println("open", u)
	return conf.Exchange(ctx, <-codes)
}

func main() {
	codes := make(chan string, 1)
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) { codes <- r.URL.Query().Get("code") })
	go http.ListenAndServe("127.0.0.1:8765", nil)
	login(context.Background(), codes)
	loginAgain(context.Background(), codes)
}
