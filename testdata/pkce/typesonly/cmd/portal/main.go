// Command portal gets its SDK client from wiring and calls its methods: it
// imports neither golang.org/x/oauth2 nor the SDK.
package main

import (
	"fmt"
	"os"

	"example.com/fixtures/pkce/typesonly/wiring"
)

func main() {
	id := wiring.Identity()
	if len(os.Args) > 1 && os.Args[1] == "--secure" {
		fmt.Println(id.SecureLoginURL("xyz", os.Getenv("VERIFIER")))
		return
	}
	fmt.Println(id.LoginURL("xyz")) // want `authorization URL from \(\*sdk.Client\).LoginURL carries no PKCE challenge in a command-line client`
}
