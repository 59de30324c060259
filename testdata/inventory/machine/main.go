// Command machine is a nightly job that calls an API as itself: the
// client credentials grant, the one the decision tree gives a machine.
package main

import (
	"context"
	"log"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	cfg := clientcredentials.Config{
		ClientID:     os.Getenv("CLIENT_ID"),
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		TokenURL:     "https://idp.example.com/oauth2/token",
		Scopes:       []string{"reports.read"},
	}
	client := cfg.Client(context.Background())
	resp, err := client.Get("https://api.example.com/reports")
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
}
