// The same shape written differently: an http.Server on "0.0.0.0:9999",
// a start page that links to the authorization URL instead of
// redirecting, the browser opened with xdg-open.
package main

import (
	"fmt"
	"net/http"
	"os/exec"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "syncer",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://sso.example.com/auth", TokenURL: "https://sso.example.com/token"},
	RedirectURL: "http://127.0.0.1:9999/callback",
}

func login() {
	srv := &http.Server{Addr: "0.0.0.0:9999"}
	http.HandleFunc("/start", func(w http.ResponseWriter, r *http.Request) {
		link := conf.AuthCodeURL("sync") // want `authorization code flow without PKCE in a command-line client: opens the browser itself and has the code sent back to a loopback redirect`
		fmt.Fprintf(w, "<a href=%q>Sign in</a>", link)
	})
	go srv.ListenAndServe()
	_ = exec.Command("xdg-open", "http://127.0.0.1:9999/start").Start()
}

func main() {
	login()
	select {}
}
