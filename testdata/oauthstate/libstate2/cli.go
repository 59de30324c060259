// Package libstate2 makes a generator of another package and asks it for
// a state over an explicit alphabet (reported: each character is drawn
// with math/rand).
package libstate2

import (
	"fmt"

	"example.com/fixtures/oauthstate/libstate/randstr"
	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

func Login(conf *oauth2.Config) {
	gen := randstr.NewGen()
	state := gen.Make(24, randstr.Lower, randstr.Digits)
	u := conf.AuthCodeURL(state, oauth2.S256ChallengeOption(oauth2.GenerateVerifier())) // want `predictable OAuth state`
	fmt.Println("opening", u)
	_ = browser.OpenURL(u)
}
