// A CLI that prints through cobra's Command.Printf and Println, which
// write to the command's output: its "token" command prints the token it
// was asked for (silent), its "login" command prints it unasked
// (reported as a print, not as a log).
package main

import (
	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "cli",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://idp.example/device", TokenURL: "https://idp.example/token"},
}

func load() (*oauth2.Token, error) { return &oauth2.Token{}, nil }

func main() {
	root := &cobra.Command{Use: "acme"}
	root.AddCommand(&cobra.Command{
		Use: "login",
		RunE: func(cmd *cobra.Command, args []string) error {
			da, err := conf.DeviceAuth(cmd.Context())
			if err != nil {
				return err
			}
			cmd.Printf("Open %s and enter %s\n", da.VerificationURI, da.UserCode)
			tok, err := conf.DeviceAccessToken(cmd.Context(), da)
			if err != nil {
				return err
			}
			cmd.Printf("logged in with %s\n", tok.AccessToken) // want `access token printed to standard output: cobra.Command.Printf prints the access token`
			return nil
		},
	}, &cobra.Command{
		Use: "token",
		RunE: func(cmd *cobra.Command, args []string) error {
			tok, err := load()
			if err != nil {
				return err
			}
			cmd.Println(tok.AccessToken)
			return nil
		},
	})
	_ = root.Execute()
}
