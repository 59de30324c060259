// Command ownpage is a kubectl login helper: it listens where a flag
// says, opens that same address in the user's browser (xdg-open and its
// kin, chosen by GOOS), and its page redirects to the authorization
// endpoint. Whatever the flag's value, the page is served to the user
// at this machine: a native app, which needs PKCE.
package main

import (
	"flag"
	"log"
	"net/http"
	"net/url"
	"os/exec"
	"runtime"

	"golang.org/x/oauth2"
)

var (
	listen   = flag.String("listen", "http://127.0.0.1:5555", "address to listen at")
	redirect = flag.String("redirect-uri", "http://127.0.0.1:5555/callback", "redirect URI")
	secret   = flag.String("client-secret", "c2hhcmVkCg", "client secret")
)

func openURL(u string) error {
	var cmd string
	var args []string
	switch runtime.GOOS {
	case "windows":
		cmd, args = "cmd", []string{"/c", "start"}
	case "darwin":
		cmd = "open"
	default:
		cmd = "xdg-open"
	}
	return exec.Command(cmd, append(args, u)...).Start()
}

func main() {
	flag.Parse()
	conf := &oauth2.Config{
		ClientID:     "kube-login",
		ClientSecret: *secret,
		RedirectURL:  *redirect,
		Endpoint:     oauth2.Endpoint{AuthURL: "https://dex.example.com/auth", TokenURL: "https://dex.example.com/token"},
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		state := r.URL.Query().Get("nonce")
		http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusSeeOther) // want `authorization code flow without PKCE in a command-line client: opens in the browser the address it serves its login page on`
	})
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
	u, err := url.Parse(*listen)
	if err != nil {
		log.Fatal(err)
	}
	go openURL(*listen)
	log.Fatal(http.ListenAndServe(u.Host, nil))
}
