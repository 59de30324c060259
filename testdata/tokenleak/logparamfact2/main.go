// Command logparamfact2 signs in and shows, through another package's
// printing helper, the refresh token it got (reported) and the expiry
// (silent).
package main

import (
	"context"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/tokenleak/logparamfact2/diag"
)

func main() {
	conf := &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{TokenURL: "https://idp.example/token"}}
	tok, err := conf.PasswordCredentialsToken(context.Background(), os.Getenv("USER_NAME"), os.Getenv("USER_PASSWORD"))
	if err != nil {
		os.Exit(1)
	}
	diag.Show("expires", tok.Expiry)
	diag.Show("refresh", tok.RefreshToken) // want `refresh token printed to standard output: diag.Show \(which calls fmt.Println\)`
}
