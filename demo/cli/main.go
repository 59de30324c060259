// Command cli is a command-line client written like the Google API Go
// quickstarts: it prints the consent URL, reads the authorization code
// that the user pastes back and exchanges it for a token. It also has a
// "login" mode that asks for a user name and password.
//
// What oauthvet reports here:
//   - pkce: the AuthCodeURL call in getTokenFromWeb starts an authorization
//     code flow without PKCE in a command-line client (it prints the URL
//     with fmt.Printf and uses the out-of-band redirect), where an
//     intercepted code can be redeemed by whoever holds it.
//   - passwordgrant: login uses oauth2.Config.PasswordCredentialsToken, the
//     resource owner password credentials grant (RFC 9700 §2.4).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

// getTokenFromWeb runs the authorization code flow by hand: print the URL,
// read the code from the terminal, exchange it.
func getTokenFromWeb(config *oauth2.Config) *oauth2.Token {
	authURL := config.AuthCodeURL("state-token", oauth2.AccessTypeOffline)
	fmt.Printf("Go to the following link in your browser then type the "+
		"authorization code: \n%v\n", authURL)

	var authCode string
	if _, err := fmt.Scan(&authCode); err != nil {
		log.Fatalf("Unable to read authorization code: %v", err)
	}

	tok, err := config.Exchange(context.TODO(), authCode)
	if err != nil {
		log.Fatalf("Unable to retrieve token from web: %v", err)
	}
	return tok
}

// login trades the user's own name and password for a token.
func login(config *oauth2.Config, user, password string) *oauth2.Token {
	tok, err := config.PasswordCredentialsToken(context.Background(), user, password)
	if err != nil {
		log.Fatalf("Unable to log in as %s: %v", user, err)
	}
	return tok
}

func main() {
	config := &oauth2.Config{
		ClientID:     os.Getenv("CLIENT_ID"),
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		RedirectURL:  "urn:ietf:wg:oauth:2.0:oob",
		Scopes:       []string{"https://www.googleapis.com/auth/drive.metadata.readonly"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://accounts.google.com/o/oauth2/auth",
			TokenURL: "https://oauth2.googleapis.com/token",
		},
	}

	var tok *oauth2.Token
	if len(os.Args) == 4 && os.Args[1] == "login" {
		tok = login(config, os.Args[2], os.Args[3])
	} else {
		tok = getTokenFromWeb(config)
	}
	if err := json.NewEncoder(os.Stdout).Encode(tok); err != nil {
		log.Fatal(err)
	}
}
