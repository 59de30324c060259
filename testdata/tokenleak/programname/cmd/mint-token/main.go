// A command named mint-token: printing the token it obtains is its job
// (silent).
package main

import (
	"context"
	"fmt"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	cc := &clientcredentials.Config{ClientID: os.Getenv("ID"), ClientSecret: os.Getenv("SECRET"), TokenURL: "https://sso.example.com/token"}
	tok, err := cc.Token(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(tok.AccessToken)
}
