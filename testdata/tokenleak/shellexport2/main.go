// Command shellexport2 writes the exports with fmt.Println-free helpers:
// one Printf per variable, both on one line with a semicolon, and a
// near miss that is not an export (an assignment in a sentence).
package main

import (
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

func emit(tok *oauth2.Token) {
	fmt.Printf("export TOKEN=%s; export REFRESH=%s\n", tok.AccessToken, tok.RefreshToken)
	fmt.Fprintf(os.Stdout, "exported TOKEN=%s\n", tok.AccessToken) // want `access token printed`
}

func main() {
	emit(&oauth2.Token{AccessToken: os.Getenv("T")})
}
