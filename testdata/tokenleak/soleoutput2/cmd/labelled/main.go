// The token printed with a label, by a program that prints nothing else:
// a label is for a person reading the terminal. Reported.
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	cfg := clientcredentials.Config{TokenURL: os.Args[1], ClientID: os.Args[2], ClientSecret: os.Args[3]}
	tok, err := cfg.Token(context.Background())
	if err != nil {
		os.Exit(1)
	}
	fmt.Printf("access token: %s\n", tok.AccessToken) // want `access token printed to standard output`
}
