// Command admintokencmd declares its commands for kong: "admin-token"
// exists to obtain the administrator's token and print it for the shell
// (silent); "sync" prints a token nobody asked for (reported).
package main

import (
	"context"
	"fmt"

	"github.com/alecthomas/kong"
	"golang.org/x/oauth2/clientcredentials"
)

func fetch() (string, error) {
	cc := clientcredentials.Config{ClientID: "admin-cli", ClientSecret: "s", TokenURL: "https://sso.example/realms/master/protocol/openid-connect/token"}
	tok, err := cc.Token(context.Background())
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

type AdminTokenCmd struct{}

func (AdminTokenCmd) Run() error {
	t, err := fetch()
	if err != nil {
		return err
	}
	fmt.Println(t)
	return nil
}

type SyncCmd struct{}

func (SyncCmd) Run() error {
	t, err := fetch()
	if err != nil {
		return err
	}
	fmt.Println("syncing with", t) // want `access token printed to standard output`
	return nil
}

var cli struct {
	AdminToken AdminTokenCmd `cmd:"" help:"Print an administrative access token"`
	Sync       SyncCmd       `cmd:"" help:"Synchronise realms"`
}

func main() {
	ctx := kong.Parse(&cli)
	ctx.FatalIfErrorf(ctx.Run())
}
