// A cron job that calls an API as itself: client credentials, refresh
// tokens, nothing that involves a user's password.
package main

import (
	"context"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2/clientcredentials"
)

func refresh(refreshToken string) (*http.Response, error) {
	body := "grant_type=refresh_token&refresh_token=" + url.QueryEscape(refreshToken)
	return http.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(body))
}

func main() {
	cc := &clientcredentials.Config{
		ClientID:       "report-job",
		ClientSecret:   os.Getenv("CLIENT_SECRET"),
		TokenURL:       "https://idp.example.com/token",
		Scopes:         []string{"reports.read"},
		EndpointParams: url.Values{"audience": {"https://api.example.com"}},
	}
	client := cc.Client(context.Background())
	resp, err := client.Get("https://api.example.com/reports")
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
	refresh("stored")
}
