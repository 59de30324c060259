// Command example is the SDK's example CLI: it prints the URL the SDK
// hands back in a struct field.
package main

import (
	"fmt"
	"os"

	"example.com/fixtures/pkce/fields/idsdk"
)

func main() {
	client := idsdk.New("example-cli")
	if len(os.Args) > 1 && os.Args[1] == "secure" {
		sl := client.StartSecure()
		fmt.Println("Open", sl.URL)
		return
	}
	login := client.Start()
	fmt.Println("Open this link to sign in:", login.AuthURL) // want `authorization URL in field idsdk\.Login\.AuthURL carries no PKCE challenge in a command-line client: prints the authorization URL with`
	fmt.Println("State:", login.State)
}
