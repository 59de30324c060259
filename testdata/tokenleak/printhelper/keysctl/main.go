// Command keysctl has a "token" command that prints the current access
// token through a printer's method; its "login" command prints only the
// expiry, and a debug helper that login also calls is reported.
package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID: "keysctl",
	Endpoint: oauth2.Endpoint{TokenURL: "https://keys.example.com/oauth/token", DeviceAuthURL: "https://keys.example.com/oauth/device"},
}

type printer struct{ raw bool }

func (p printer) emit(tok *oauth2.Token) {
	if p.raw {
		fmt.Print(tok.AccessToken)
		return
	}
	fmt.Printf("%s (expires %s)\n", tok.AccessToken, tok.Expiry.Format(time.RFC3339))
}

func trace(tok *oauth2.Token) {
	fmt.Println("debug: refresh with " + tok.RefreshToken) // want `refresh token printed to standard output`
}

func current(ctx context.Context) *oauth2.Token {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil
	}
	tok, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		return nil
	}
	return tok
}

var tokenCmd = &cobra.Command{
	Use: "token",
	Run: func(cmd *cobra.Command, args []string) {
		tok := current(cmd.Context())
		printer{raw: len(args) > 0}.emit(tok)
		trace(tok)
	},
}

var loginCmd = &cobra.Command{
	Use: "login",
	Run: func(cmd *cobra.Command, args []string) {
		tok := current(cmd.Context())
		fmt.Println("logged in until", tok.Expiry)
		trace(tok)
	},
}

func main() {
	root := &cobra.Command{Use: "keysctl"}
	root.AddCommand(tokenCmd, loginCmd)
	_ = root.Execute()
}
