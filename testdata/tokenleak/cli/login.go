// A CLI whose login command prints the token as a side effect (reported),
// while its "token" command prints it because the user asked (silent).
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "cli",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://idp.example/device", TokenURL: "https://idp.example/token"},
}

func login(ctx context.Context) (*oauth2.Token, error) {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil, err
	}
	fmt.Printf("Open %s and enter %s\n", da.VerificationURI, da.UserCode)
	return conf.DeviceAccessToken(ctx, da)
}

var loginCmd = &cobra.Command{
	Use:   "login",
	Short: "Log in",
	RunE: func(cmd *cobra.Command, args []string) error {
		tok, err := login(cmd.Context())
		if err != nil {
			return err
		}
		fmt.Println("Logged in. Access token:", tok.AccessToken) // want `access token printed to standard output: fmt.Println prints the access token`
		fmt.Fprintf(os.Stderr, "expires %s\n", tok.Expiry)
		return save(tok)
	},
}

var tokenCmd = &cobra.Command{
	Use:   "token",
	Short: "Print the current access token (for scripts: curl -H \"Authorization: Bearer $(mytool token)\")",
	RunE: func(cmd *cobra.Command, args []string) error {
		tok, err := load()
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), tok.AccessToken)
		return nil
	},
}

// oauthCmd is a token-minting command named after the protocol (like
// "step oauth"): its output is the token, shaped by its flags.
var oauthCmd = &cobra.Command{
	Use:   "oauth",
	Short: "Run an OAuth flow and print the token it returns",
	RunE: func(cmd *cobra.Command, args []string) error {
		tok, err := login(cmd.Context())
		if err != nil {
			return err
		}
		if bare, _ := cmd.Flags().GetBool("bare"); bare {
			fmt.Println(tok.AccessToken)
			return nil
		}
		fmt.Println("Authorization: Bearer", tok.AccessToken)
		return nil
	},
}

func save(*oauth2.Token) error     { return nil }
func load() (*oauth2.Token, error) { return &oauth2.Token{}, nil }
func main() {
	root := &cobra.Command{Use: "mytool"}
	root.AddCommand(loginCmd, tokenCmd, oauthCmd)
	_ = root.Execute()
}
