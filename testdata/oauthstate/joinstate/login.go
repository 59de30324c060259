// Package joinstate draws the state's letters one by one with math/rand
// into a []string and joins them: predictable (reported). The twin draws
// its indices from crypto/rand (silent).
package joinstate

import (
	crand "crypto/rand"
	"fmt"
	"math/big"
	"math/rand"
	"strings"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var letters = []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"}

func randomState(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = letters[rand.Intn(len(letters))]
	}
	return strings.Join(parts, "")
}

func secureState(n int) string {
	parts := make([]string, n)
	for i := range parts {
		k, err := crand.Int(crand.Reader, big.NewInt(int64(len(letters))))
		if err != nil {
			panic(err)
		}
		parts[i] = letters[k.Int64()]
	}
	return strings.Join(parts, "")
}

func Start(conf *oauth2.Config) {
	u := conf.AuthCodeURL(randomState(16), oauth2.S256ChallengeOption(oauth2.GenerateVerifier())) // want `predictable OAuth state`
	fmt.Println("open", u)
	_ = browser.OpenURL(u)
}

func StartSafely(conf *oauth2.Config) {
	u := conf.AuthCodeURL(secureState(16), oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))
	fmt.Println("open", u)
	_ = browser.OpenURL(u)
}
