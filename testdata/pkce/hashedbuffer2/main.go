// Command hashedbuffer2 is hashedbuffer written another way: a slice of
// runes drawn with math/rand's package functions, hashed through a
// digest's Write, the challenge hex-free base64 of h.Sum(nil), sent in a
// query concatenated by hand (reported). Its twin reads the buffer from
// crypto/rand.Reader (silent).
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	mrand "math/rand"
	"os/exec"
)

var letters = []rune("abcdefghijklmnopqrstuvwxyz0123456789")

func open(u string) error { return exec.Command("xdg-open", u).Start() }

func main() {
	secret := make([]rune, 50)
	for i := 0; i < len(secret); i++ {
		secret[i] = letters[mrand.Intn(len(letters))]
	}
	h := sha256.New()
	h.Write([]byte(string(secret)))
	ch := base64.RawURLEncoding.EncodeToString(h.Sum(nil))
	_ = open("https://id.example.org/authorize?response_type=code&client_id=tool&redirect_uri=http%3A%2F%2Flocalhost%3A7777%2Fcb&code_challenge_method=S256&code_challenge=" + ch + "&state=" + rand.Text()) // want `PKCE with a predictable verifier`

	good := make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, good); err != nil {
		fmt.Println(err)
		return
	}
	g := sha256.New()
	g.Write(good)
	_ = open("https://id.example.org/authorize?response_type=code&client_id=tool&redirect_uri=http%3A%2F%2Flocalhost%3A7777%2Fcb&code_challenge_method=S256&code_challenge=" + base64.RawURLEncoding.EncodeToString(g.Sum(nil)) + "&state=" + rand.Text())
}
