// Command flagbranch prints the token only in the branch its print flag
// selects: the other branch of the same if statement was not asked to
// print it.
package main

import (
	"context"
	"flag"
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "flagbranch",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://idp.example/device", TokenURL: "https://idp.example/token"},
}

type options struct{ ShowToken bool }

func main() {
	printTok := flag.Bool("print-token", false, "print the access token")
	flag.Parse()
	ctx := context.Background()
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return
	}
	fmt.Println("visit", da.VerificationURIComplete)
	tok, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		return
	}
	if *printTok {
		fmt.Println(tok.AccessToken)
	} else {
		fmt.Println("logged in as", tok.AccessToken) // want `access token printed to standard output`
	}

	opts := options{ShowToken: len(flag.Args()) > 0}
	if !opts.ShowToken {
		fmt.Println("expires", tok.Expiry)
		fmt.Println("refresh:", tok.RefreshToken) // want `refresh token printed to standard output`
	} else if tok.Valid() {
		fmt.Println(tok.RefreshToken)
	}
	if opts.ShowToken && tok.AccessToken != "" {
		fmt.Printf("%s\n", tok.AccessToken)
	}
}
