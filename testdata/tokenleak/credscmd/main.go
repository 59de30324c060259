// Command vaultsync has a "creds" command that prints the tokens of a
// device login (its purpose, silent) and a "push" command that prints
// the token it uses as a side effect (reported).
package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var device = &oauth2.Config{
	ClientID: "vaultsync",
	Endpoint: oauth2.Endpoint{
		DeviceAuthURL: "https://id.example.net/device/code",
		TokenURL:      "https://id.example.net/token",
	},
}

func obtain(ctx context.Context) (*oauth2.Token, error) {
	resp, err := device.DeviceAuth(ctx)
	if err != nil {
		return nil, err
	}
	fmt.Println("enter", resp.UserCode, "at", resp.VerificationURI)
	return device.DeviceAccessToken(ctx, resp)
}

func main() {
	creds := &cobra.Command{
		Use:   "creds",
		Short: "Log in and print the credentials for the config file",
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := obtain(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "access_token: %s\nrefresh_token: %s\n", t.AccessToken, t.RefreshToken)
			return nil
		},
	}
	push := &cobra.Command{
		Use: "push",
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := obtain(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Println("pushing as", t.AccessToken) // want `access token printed to standard output`
			return nil
		},
	}
	root := &cobra.Command{Use: "vaultsync"}
	root.AddCommand(creds, push)
	_ = root.Execute()
}
