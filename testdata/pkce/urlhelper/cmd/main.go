// Command cmd prints the URL to open.
package main

import (
	"fmt"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/urlhelper/login"
)

func main() {
	fmt.Println("open:", login.URL(oauth2.GenerateVerifier()).String()) // want `authorization URL from login.URL carries no PKCE challenge in a command-line client`
	v := oauth2.GenerateVerifier()
	fmt.Println("or:", login.PKCEURL(oauth2.GenerateVerifier(), v).String())
}
