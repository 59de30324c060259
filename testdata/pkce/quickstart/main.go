// A command-line quickstart in the style of the Google API samples: it
// prints the consent URL and reads the code the user pastes back.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

func getTokenFromWeb(config *oauth2.Config) *oauth2.Token {
	authURL := config.AuthCodeURL("state-token", oauth2.AccessTypeOffline) // want `authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt.Printf; an intercepted code can be redeemed by whoever holds it; generate verifier := oauth2.GenerateVerifier\(\), pass oauth2.S256ChallengeOption\(verifier\) to AuthCodeURL and oauth2.VerifierOption\(verifier\) to Exchange \(RFC 9700 §2.1.1, RFC 8252 §6\)`
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

func main() {
	config := &oauth2.Config{
		ClientID:    os.Getenv("CLIENT_ID"),
		RedirectURL: "urn:ietf:wg:oauth:2.0:oob",
		Scopes:      []string{"https://www.googleapis.com/auth/drive.metadata.readonly"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://accounts.google.com/o/oauth2/auth",
			TokenURL: "https://oauth2.googleapis.com/token",
		},
	}
	tok := getTokenFromWeb(config)
	json.NewEncoder(os.Stdout).Encode(tok)
}
