// Package login is a command-line tool's login: the state is a string of
// letters drawn with math/rand into a rune slice, then encoded.
package login

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/rand"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

func nonce() string {
	alphabet := []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	out := make([]rune, 12)
	for i := range out {
		out[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return base64.URLEncoding.EncodeToString([]byte(string(out)))
}

func Start(conf *oauth2.Config) {
	st := nonce()
	u := conf.AuthCodeURL(st, oauth2.S256ChallengeOption(oauth2.GenerateVerifier())) // want `predictable OAuth state`
	fmt.Println("open", u)
	_ = browser.OpenURL(u)
}

// ticket is the same shape over crypto/rand bytes: unguessable.
func ticket() string {
	alphabet := []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	seed := make([]byte, 16)
	if _, err := crand.Read(seed); err != nil {
		panic(err)
	}
	out := make([]rune, len(seed))
	for i := range out {
		out[i] = alphabet[int(seed[i])%len(alphabet)]
	}
	return base64.URLEncoding.EncodeToString([]byte(string(out)))
}

func StartSafely(conf *oauth2.Config) {
	u := conf.AuthCodeURL(ticket(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))
	fmt.Println("open", u)
	_ = browser.OpenURL(u)
}
