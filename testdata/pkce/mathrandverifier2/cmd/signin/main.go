// A desktop sign-in that builds its authorization URL by hand, with a
// verifier from another package's clock-based helper (reported) or its
// crypto/rand one (silent).
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/url"
	"os"

	"example.com/fixtures/pkce/mathrandverifier2/pkcegen"
)

func authorizeURL(verifier, state string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "desktop")
	q.Set("redirect_uri", "http://127.0.0.1:53682/")
	q.Set("state", state)
	q.Set("code_challenge", pkcegen.Challenge(verifier))
	q.Set("code_challenge_method", "S256")
	return "https://login.example.org/oauth2/authorize?" + q.Encode()
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--legacy" {
		v := pkcegen.Weak()
		sum := sha256.Sum256([]byte(v))
		q := url.Values{}
		q.Set("response_type", "code")
		q.Set("client_id", "desktop")
		q.Set("redirect_uri", "http://127.0.0.1:53682/")
		q.Set("state", pkcegen.Strong())
		q.Set("code_challenge", base64.RawURLEncoding.EncodeToString(sum[:])) // want `PKCE with a predictable verifier: the code_challenge derives from`
		q.Set("code_challenge_method", "S256")
		fmt.Println("Open", "https://login.example.org/oauth2/authorize?"+q.Encode())
		return
	}
	fmt.Println("Open", authorizeURL(pkcegen.Strong(), pkcegen.Strong()))
}
