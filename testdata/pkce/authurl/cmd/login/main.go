// A command-line client that prints URLs built by the authurl library.
package main

import (
	"fmt"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/authurl"
)

var conf = &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func main() {
	verifier := oauth2.GenerateVerifier()
	fmt.Println("Visit:", authurl.ConsentURL(conf, "st")) // want `authorization URL from authurl.ConsentURL carries no PKCE challenge in a command-line client: prints the authorization URL with fmt.Println`
	fmt.Println("Visit:", authurl.PKCEURL(conf, "st", verifier))
	fmt.Println("Visit:", authurl.URLWithOptions(conf, "st", oauth2.S256ChallengeOption(verifier)))
	fmt.Println("Visit:", authurl.URLWithOptions(conf, "st", oauth2.AccessTypeOffline)) // want `authorization URL from authurl.URLWithOptions carries no PKCE challenge`
}
