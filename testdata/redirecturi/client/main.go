// Command client is an OAuth client, not a server: it checks its own
// configured redirect URL, which is not a requested redirect_uri.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{ClientID: "cli", RedirectURL: os.Getenv("REDIRECT_URL")}
	if !strings.HasPrefix(conf.RedirectURL, "http://127.0.0.1:") && !strings.HasPrefix(conf.RedirectURL, "https://app.example.com/") {
		fmt.Fprintln(os.Stderr, "unexpected redirect URL")
	}
	redirectURL := conf.RedirectURL
	if strings.HasSuffix(redirectURL, "/callback") {
		fmt.Println(conf.AuthCodeURL("state", oauth2.S256ChallengeOption(oauth2.GenerateVerifier())))
	}
}
