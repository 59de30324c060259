// An end-to-end check of a deployment's login: the program fetches the
// authorization URL itself with a cookie jar, follows the redirects and
// hands the code to the confidential server. No user sees the URL, so it
// is not a native app, and PKCE is not required of it (only with
// -pkce.confidential, as for any client whose kind is unknown).
package main

import (
	"log"
	"net/http"
	"net/http/cookiejar"
	"os"

	"golang.org/x/oauth2"
)

func main() {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	conf := &oauth2.Config{
		ClientID:    os.Getenv("E2E_CLIENT_ID"),
		Endpoint:    oauth2.Endpoint{AuthURL: os.Getenv("E2E_AUTH_URL"), TokenURL: os.Getenv("E2E_TOKEN_URL")},
		RedirectURL: os.Getenv("E2E_REDIRECT_URI"),
	}
	authURL := conf.AuthCodeURL("e2e-state")
	log.Printf("starting login at %s", authURL)
	resp, err := client.Get(authURL)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("landed on", resp.Request.URL)
}
