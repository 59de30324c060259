// A command-line tool that logs in with the authorization code grant but
// without PKCE: the oauthvet pre-commit hook rejects it until the test adds
// the verifier.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

var config = &oauth2.Config{
	ClientID:    os.Getenv("CLIENT_ID"),
	RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
	Scopes:      []string{"profile"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
}

func main() {
	authURL := config.AuthCodeURL("state-token")
	fmt.Printf("Open %v and paste the code here: ", authURL)
	var code string
	if _, err := fmt.Scan(&code); err != nil {
		log.Fatal(err)
	}
	tok, err := config.Exchange(context.Background(), code)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(tok.Expiry)
}
