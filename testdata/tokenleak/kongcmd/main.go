// Command tokinfo declares its commands for kong: "info" prints the
// token it fetched (what the user ran it for), "login" prints it as a
// side effect of signing in, and is reported.
package main

import (
	"context"
	"fmt"

	"github.com/alecthomas/kong"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "tokinfo",
	Endpoint: oauth2.Endpoint{
		DeviceAuthURL: "https://login.example.com/device",
		TokenURL:      "https://login.example.com/token",
	},
}

func fetch(ctx context.Context) (*oauth2.Token, error) {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil, err
	}
	fmt.Println("visit", da.VerificationURIComplete)
	return conf.DeviceAccessToken(ctx, da)
}

type InfoCmd struct{}

func (InfoCmd) Run() error {
	tok, err := fetch(context.Background())
	if err != nil {
		return err
	}
	fmt.Printf("Access Token: %s\nExpires: %s\n", tok.AccessToken, tok.Expiry)
	return nil
}

type LoginCmd struct{}

func (LoginCmd) Run() error {
	tok, err := fetch(context.Background())
	if err != nil {
		return err
	}
	fmt.Printf("signed in (%s)\n", tok.AccessToken) // want `access token printed to standard output: fmt.Printf prints the access token`
	return nil
}

var cli struct {
	Info  InfoCmd  `cmd:"" help:"Show the current token."`
	Login LoginCmd `cmd:"" help:"Sign in."`
}

func main() {
	ctx := kong.Parse(&cli)
	_ = ctx.Run()
}
