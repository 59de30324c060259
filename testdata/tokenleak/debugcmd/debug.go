// The same two shapes written differently: a function named for printing
// the token and a --show-token flag (silent), and a refresh helper that
// prints the new token on the way (reported).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

type app struct {
	cfg       oauth2.Config
	showToken bool
}

func (a *app) printAccessToken(ctx context.Context, t *oauth2.Token) {
	fresh, err := a.cfg.TokenSource(ctx, t).Token()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(fresh.AccessToken)
}

func (a *app) refresh(ctx context.Context, t *oauth2.Token) *oauth2.Token {
	fresh, err := a.cfg.TokenSource(ctx, t).Token()
	if err != nil {
		return t
	}
	if a.showToken {
		fmt.Printf("new token: %s\n", fresh.AccessToken)
	}
	access := fresh.AccessToken
	fmt.Fprintf(os.Stdout, "refreshed: %s\n", access) // want `access token printed to standard output: fmt.Fprintf prints the access token`
	return fresh
}

func main() {
	a := &app{}
	flag.BoolVar(&a.showToken, "show-token", false, "print the token after refreshing")
	printTok := flag.Bool("print-token", false, "print the access token and exit")
	flag.Parse()
	t := a.refresh(context.Background(), &oauth2.Token{})
	if *printTok {
		fmt.Println(t.AccessToken)
		return
	}
	a.printAccessToken(context.Background(), t)
}
