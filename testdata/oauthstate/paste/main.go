// A quickstart-style CLI: it prints the URL and reads the pasted code.
// There is no callback to forge, so its constant state protects nothing
// and costs nothing: silent.
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

func tokenFromWeb(config *oauth2.Config) (*oauth2.Token, error) {
	authURL := config.AuthCodeURL("state-token", oauth2.AccessTypeOffline)
	fmt.Printf("Go to the following link in your browser then type the authorization code:\n%v\n", authURL)
	var code string
	if _, err := fmt.Scan(&code); err != nil {
		return nil, err
	}
	return config.Exchange(context.TODO(), code)
}

func main() {
	tok, err := tokenFromWeb(&oauth2.Config{ClientID: "quickstart"})
	fmt.Println(tok != nil, err)
}

// printOnly prints a URL for the user to open and leaves the rest to
// them: a command with no callback of its own.
func printOnly(config *oauth2.Config) {
	fmt.Println("Visit:", config.AuthCodeURL("st"))
}
