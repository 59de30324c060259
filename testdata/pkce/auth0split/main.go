// Command auth0split is auth0cli split in two: the desktop tool's main
// package starts the login, its internal callback package redeems the
// code, and there the loopback redirect shows a native app.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/fixtures/pkce/auth0split/internal/callback"
)

func main() {
	fmt.Println("Sign in at", os.Getenv("LOGIN_URL"))
	var code string
	fmt.Scanln(&code)
	tok, err := callback.Redeem(context.Background(), code)
	fmt.Println(tok, err)
}
