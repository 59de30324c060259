// Command appctl opens the login URL of package signin, passing one
// drawn value as both the verifier and the state (reported), and then a
// separate state (silent).
package main

import (
	"fmt"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/verifierstate6/signin"
)

func main() {
	secret := oauth2.GenerateVerifier()
	if len(os.Args) > 1 && os.Args[1] == "--separate-state" {
		fmt.Println("open:", signin.URL(secret, oauth2.GenerateVerifier()))
		return
	}
	fmt.Println("open:", signin.URL(secret, secret)) // want `PKCE verifier sent as the OAuth state`
}
