// Command verifierstate4: a method with named results (challenge first)
// and a bare return makes the pair; the verifier goes out as the state
// of an oauth2 authorization URL. A second pair drawn for the state is a
// value of its own (silent).
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"

	"golang.org/x/oauth2"
)

type pkceGen struct{ size int }

func (g pkceGen) pair() (challenge, verifier string) {
	raw := make([]byte, g.size)
	rand.Read(raw)
	verifier = base64.RawURLEncoding.EncodeToString(raw)
	h := sha256.Sum256([]byte(verifier))
	challenge = base64.RawURLEncoding.EncodeToString(h[:])
	return
}

var conf = &oauth2.Config{
	ClientID:    "agent-cli",
	RedirectURL: "http://127.0.0.1:8976/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.org/authorize", TokenURL: "https://id.example.org/token"},
}

func loginURL() string {
	g := pkceGen{size: 32}
	ch, ver := g.pair()
	return conf.AuthCodeURL(ver, // want `PKCE verifier sent as the OAuth state`
		oauth2.SetAuthURLParam("code_challenge", ch), oauth2.SetAuthURLParam("code_challenge_method", "S256"))
}

func otherLoginURL() (string, string) {
	g := pkceGen{size: 32}
	ch, ver := g.pair()
	_, nonce := g.pair()
	return conf.AuthCodeURL(nonce, oauth2.SetAuthURLParam("code_challenge", ch), oauth2.SetAuthURLParam("code_challenge_method", "S256")), ver
}

func main() {
	fmt.Println(loginURL())
	u, _ := otherLoginURL()
	fmt.Println(u)
}
