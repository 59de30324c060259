// Package main is a desktop client that serves its own login page on
// loopback: the page redirects (or links) to the authorization endpoint and
// the code comes back to loopback (RFC 8252 §7.3). It is a native app,
// however web-like its handlers look.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

const (
	bindAddress = "127.0.0.1:53682"
	redirectURL = "http://" + bindAddress + "/"
)

var conf = &oauth2.Config{
	ClientID:    "desktop",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"},
	RedirectURL: redirectURL,
}

// loginViaRedirect opens the browser on a local /auth page that redirects.
func loginViaRedirect(ctx context.Context, state string) (*oauth2.Token, error) {
	authURL := conf.AuthCodeURL(state, oauth2.AccessTypeOffline) // want `authorization code flow without PKCE in a command-line client: serves its login page on a loopback address and redirects back to loopback`
	codes := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/auth", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, authURL, http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.FormValue("code")
	})
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", "53682"))
	if err != nil {
		return nil, err
	}
	go http.Serve(l, mux)
	if err := browser.OpenURL("http://" + bindAddress + "/auth?state=" + state); err != nil {
		fmt.Println("open http://" + bindAddress + "/auth")
	}
	return conf.Exchange(ctx, <-codes)
}

// loginViaLink serves a page with a link instead.
func loginViaLink(ctx context.Context, codes <-chan string) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	authURL := conf.AuthCodeURL("state", oauth2.S256ChallengeOption(verifier))
	http.HandleFunc("/login", func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(`<a href="` + authURL + `">Sign in</a>`))
	})
	go http.ListenAndServe(bindAddress, nil)
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

func main() {
	ctx := context.Background()
	loginViaRedirect(ctx, "s")
	loginViaLink(ctx, make(chan string))
}
