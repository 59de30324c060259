// Command signin prints the login URL of a config it gets from authcfg;
// it imports no OAuth package, yet it is the one that builds the request.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"example.com/fixtures/pkce/typesonly/internal/authcfg"
)

func state() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func main() {
	cfg := authcfg.Load()
	fmt.Println("Open this page to sign in:")
	fmt.Println(cfg.AuthCodeURL(state())) // want `authorization code flow without PKCE in a command-line client`
}

// withPKCE is the right way, still without importing oauth2 here.
func withPKCE(verifier string) {
	cfg := authcfg.Load()
	fmt.Println(cfg.AuthCodeURL(state(), authcfg.Challenge(verifier)...))
}
