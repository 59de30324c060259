// Command streamctl writes its console output with the standard logger (to
// standard error): its "token" command exists to hand the user a token, so
// logging it there is the command's output; "login" only stores it.
package main

import (
	"context"
	"log"

	"github.com/spf13/cobra"
	"golang.org/x/oauth2/clientcredentials"
)

var app = clientcredentials.Config{
	ClientID:     "streamctl",
	ClientSecret: "from-the-config-file",
	TokenURL:     "https://id.streamhub.tv/oauth2/token",
}

var tokenCmd = &cobra.Command{
	Use:   "token",
	Short: "Fetches an app access token and prints it",
	RunE:  runTokenCommand,
}

var loginCmd = &cobra.Command{
	Use:  "login",
	RunE: runLogin,
}

func runTokenCommand(cmd *cobra.Command, args []string) error {
	tok, err := app.Token(context.Background())
	if err != nil {
		return err
	}
	log.Println("App Access Token: " + tok.AccessToken)
	log.Printf("Expires At: %s", tok.Expiry)
	return nil
}

func runLogin(cmd *cobra.Command, args []string) error {
	tok, err := app.Token(context.Background())
	if err != nil {
		return err
	}
	log.Println("logged in, token " + tok.AccessToken) // want `access token written to a log: log.Println logs the access token`
	return nil
}

// getToken is named for a token, but it is no command: the standard
// logger here is a log.
func getToken(ctx context.Context) string {
	tok, err := app.Token(ctx)
	if err != nil {
		return ""
	}
	log.Printf("fetched %s", tok.AccessToken) // want `access token written to a log: log.Printf logs the access token`
	return tok.AccessToken
}

func main() {
	root := &cobra.Command{Use: "streamctl"}
	root.AddCommand(tokenCmd, loginCmd)
	_ = getToken
	if err := root.Execute(); err != nil {
		log.Fatal(err)
	}
}
