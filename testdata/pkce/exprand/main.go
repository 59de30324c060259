// Command exprand draws its PKCE verifier from golang.org/x/exp/rand, a
// seeded PCG generator like math/rand: predictable (reported). Its state
// comes from crypto/rand (silent).
package main

import (
	crand "crypto/rand"
	"fmt"

	"golang.org/x/exp/rand"
	"golang.org/x/oauth2"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

func verifier() string {
	b := make([]byte, 64)
	for i := range b {
		b[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return string(b)
}

func main() {
	conf := &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:7000/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example/authorize", TokenURL: "https://idp.example/token"}}
	v := verifier()
	fmt.Println(conf.AuthCodeURL(crand.Text(), oauth2.S256ChallengeOption(v))) // want `PKCE with a predictable verifier: the code_challenge derives from golang.org/x/exp/rand.Intn`
}
