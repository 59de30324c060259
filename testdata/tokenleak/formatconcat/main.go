// Command formatconcat prints a token concatenated into the format
// string itself (reported), as well as one passed as an argument; a
// format built from constants around a verb is silent.
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

const prefix = "[login] "

func main() {
	conf := &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{TokenURL: "https://idp.example.com/token"}}
	tok, err := conf.PasswordCredentialsToken(context.Background(), "u", "p")
	if err != nil {
		return
	}
	fmt.Fprintf(os.Stderr, "access token is: "+tok.AccessToken) // want `access token printed to standard error`
	fmt.Printf(prefix+"expires at %v\n", tok.Expiry)
}
