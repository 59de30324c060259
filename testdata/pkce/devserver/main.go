// A server-side web app (registered as a "Web application", with a client
// secret from the environment) run on loopback for development, the shape of
// go-oidc's examples: it redirects from a handler and opens no browser. Not
// a native app, so no PKCE finding without -pkce.confidential.
package main

import (
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var config = oauth2.Config{
	ClientID:     os.Getenv("CLIENT_ID"),
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	Endpoint:     oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://oauth2.example.com/token"},
	RedirectURL:  "http://127.0.0.1:5556/auth/callback",
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, config.AuthCodeURL("state"), http.StatusFound)
	})
	log.Printf("listening on http://%s/", "127.0.0.1:5556")
	log.Fatal(http.ListenAndServe("127.0.0.1:5556", nil))
}
