// A command-line login whose local login page and callback listener bind
// ":8085" (every interface: insecureendpoint's business) while its
// redirect URI is loopback and it opens the user's browser on the login
// page, which redirects to the authorization URL: a native app, whose
// missing PKCE is reported (it was taken for a web server).
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "cli-app",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.example.io/authorize", TokenURL: "https://auth.example.io/token"},
	RedirectURL: "http://localhost:8085/callback",
}

func main() {
	codes := make(chan string, 1)
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, conf.AuthCodeURL("st"), http.StatusFound) // want `authorization code flow without PKCE in a command-line client: opens the browser itself and has the code sent back to a loopback redirect`
	})
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "You can close this window.")
	})
	go func() { log.Fatal(http.ListenAndServe(":8085", nil)) }()

	if err := browser.OpenURL("http://localhost:8085/login"); err != nil {
		fmt.Println("open http://localhost:8085/login")
	}
	tok, err := conf.Exchange(context.Background(), <-codes)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(tok.TokenType)
}
