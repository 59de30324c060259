// Command idtool has its commands' bodies in named functions: "oidc" runs
// the flow and prints the token it returns (its purpose), "signin" stores
// the token and prints it as a side effect.
package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "idtool",
	Endpoint: oauth2.Endpoint{
		DeviceAuthURL: "https://login.example.com/device",
		TokenURL:      "https://login.example.com/token",
	},
}

func deviceLogin(ctx context.Context) (*oauth2.Token, error) {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil, err
	}
	fmt.Println("visit", da.VerificationURIComplete)
	return conf.DeviceAccessToken(ctx, da)
}

func runOIDC(cmd *cobra.Command, args []string) error {
	tok, err := deviceLogin(cmd.Context())
	if err != nil {
		return err
	}
	fmt.Println(tok.AccessToken)
	return nil
}

func runSignIn(cmd *cobra.Command, args []string) error {
	tok, err := deviceLogin(cmd.Context())
	if err != nil {
		return err
	}
	fmt.Printf("signed in with %s\n", tok.AccessToken) // want `access token printed to standard output: fmt.Printf prints the access token`
	return nil
}

func main() {
	root := &cobra.Command{Use: "idtool"}
	root.AddCommand(
		&cobra.Command{Use: "oidc [flags]", Short: "Print an access token", RunE: runOIDC},
		&cobra.Command{Use: "signin", Short: "Sign in", RunE: runSignIn},
	)
	_ = root.Execute()
}
