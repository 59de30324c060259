// Command hashedbuffer signs a user in from the terminal with a
// hand-built authorization URL: the verifier's bytes are picked one by
// one with a clock-seeded math/rand generator, hashed with sha256.Sum256
// and encoded into the challenge (reported: whoever intercepts the code
// can recompute the verifier). The second login fills its buffer from
// crypto/rand (silent).
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	mrand "math/rand"
	"net/url"
	"time"

	"github.com/pkg/browser"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"

func authorize(challenge, state string) error {
	v := url.Values{}
	v.Set("client_id", "terminal")
	v.Set("redirect_uri", "http://127.0.0.1:8400/")
	v.Set("response_type", "code")
	v.Set("code_challenge", challenge)
	v.Set("code_challenge_method", "S256")
	v.Set("state", state)
	return browser.OpenURL("https://accounts.example.com/o/authorize?" + v.Encode())
}

func weakLogin() error {
	gen := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	var verifier [64]byte
	for i := range verifier {
		verifier[i] = alphabet[gen.Intn(len(alphabet))]
	}
	var (
		sum       = sha256.Sum256(verifier[:])
		challenge = base64.RawURLEncoding.EncodeToString(sum[:])
	)
	v := url.Values{}
	v.Set("client_id", "terminal")
	v.Set("redirect_uri", "http://127.0.0.1:8400/")
	v.Set("response_type", "code")
	v.Set("code_challenge", challenge) // want `PKCE with a predictable verifier: the code_challenge derives from math/rand.Intn`
	v.Set("code_challenge_method", "S256")
	v.Set("state", rand.Text())
	return browser.OpenURL("https://accounts.example.com/o/authorize?" + v.Encode())
}

func strongLogin() error {
	var verifier [32]byte
	if _, err := rand.Read(verifier[:]); err != nil {
		return err
	}
	enc := base64.RawURLEncoding.EncodeToString(verifier[:])
	sum := sha256.Sum256([]byte(enc))
	return authorize(base64.RawURLEncoding.EncodeToString(sum[:]), rand.Text())
}

func main() {
	if err := weakLogin(); err != nil {
		_ = strongLogin()
	}
}
