// A desktop sign-in built by hand: the verifier comes from a time-seeded
// math/rand generator of one package, the challenge from a digest of
// another (reported); with crypto/rand.Text the same helper is silent.
package main

import (
	"crypto/rand"
	"fmt"
	"net/url"
	"os/exec"

	"example.com/fixtures/pkce/challengehelper2/clock"
	"example.com/fixtures/pkce/challengehelper2/pk"
)

func open(u string) { _ = exec.Command("xdg-open", u).Start() }

func begin(strong bool) string {
	verifier := clock.ID()
	if strong {
		verifier = rand.Text()
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "desk")
	q.Set("redirect_uri", "http://127.0.0.1:49152/cb")
	q.Set("state", rand.Text())
	q.Set("code_challenge", pk.Encode([]byte(verifier)))
	q.Set("code_challenge_method", "S256")
	open("https://id.example.org/oauth/authorize?" + q.Encode())
	return verifier
}

func beginClock() string {
	v := clock.ID()
	q := url.Values{
		"response_type":         {"code"},
		"client_id":             {"desk"},
		"redirect_uri":          {"http://127.0.0.1:49152/cb"},
		"state":                 {rand.Text()},
		"code_challenge":        {pk.Encode([]byte(v))}, // want `PKCE with a predictable verifier: the code_challenge derives from math/rand.Uint64 in clock.ID`
		"code_challenge_method": {"S256"},
	}
	open("https://id.example.org/oauth/authorize?" + q.Encode())
	return v
}

func main() {
	fmt.Println(begin(true), beginClock())
}
