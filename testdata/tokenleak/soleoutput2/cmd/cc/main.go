// The second shape: x/oauth2's client credentials, the token printed with
// a bare "%s\n", errors on standard output before exiting, and a help
// function of the program's own. Silent.
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

func printHelp() {
	fmt.Println("cc TOKEN_URL CLIENT_ID CLIENT_SECRET")
	fmt.Println("prints an access token for the client")
}

func main() {
	if len(os.Args) != 4 {
		printHelp()
		os.Exit(2)
	}
	cfg := clientcredentials.Config{TokenURL: os.Args[1], ClientID: os.Args[2], ClientSecret: os.Args[3]}
	tok, err := cfg.Token(context.Background())
	if err != nil {
		fmt.Printf("token request failed: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%s\n", tok.AccessToken)
}
