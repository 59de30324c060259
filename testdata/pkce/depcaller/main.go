// A command-line client that logs in through the idpsdk module (a
// dependency): the SDK builds the authorization URL, this program prints
// it, so this program is the public client that needs PKCE.
package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"

	"example.com/idpsdk"
)

const redirect = "http://127.0.0.1:8765/callback"

func main() {
	c := &idpsdk.Client{BaseURL: "https://id.example.com", Realm: "dev", ClientID: "cli", HTTP: http.DefaultClient}

	// Wrong: the SDK's URL carries no challenge.
	fmt.Println("Open this page to log in:", c.LoginURL(redirect, "xyz")) // want `authorization URL from \(\*idpsdk\.Client\)\.LoginURL carries no PKCE challenge in a command-line client: prints the authorization URL with`

	// Right: the S256 variant.
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	verifier := base64.RawURLEncoding.EncodeToString(b)
	sum := sha256.Sum256([]byte(verifier))
	fmt.Println("Open this page to log in:", c.LoginURLWithPKCE(redirect, "xyz", base64.RawURLEncoding.EncodeToString(sum[:])))
}
