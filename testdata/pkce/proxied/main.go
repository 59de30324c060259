// A web app that listens on loopback behind a reverse proxy: it redirects
// from its handlers and its redirect URI is public, so it is a server-side
// web app (a confidential client), not a native app.
package main

import (
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/oauth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
}

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(r.URL.Query().Get("state")), http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", nil))
}
