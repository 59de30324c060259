// Command optfunc builds AuthCodeURL's options in a helper that returns
// the list, and spreads the call into AuthCodeURL: the login that never
// adds a challenge is reported; the one whose helper always adds one is
// not.
package main

import (
	"fmt"
	"net"
	"net/http"
	"os/exec"

	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID:    "optfunc",
	RedirectURL: "http://127.0.0.1:8085/oauth2/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://oauth2.example.com/token"},
}

func authURLParams(forceConsent bool) []oauth2.AuthCodeOption {
	opts := []oauth2.AuthCodeOption{
		oauth2.AccessTypeOffline,
		oauth2.SetAuthURLParam("include_granted_scopes", "true"),
	}
	if forceConsent {
		opts = append(opts, oauth2.SetAuthURLParam("prompt", "consent"))
	}
	return opts
}

func pkceParams(verifier string, forceConsent bool) []oauth2.AuthCodeOption {
	return append(authURLParams(forceConsent), oauth2.S256ChallengeOption(verifier))
}

func login(state string, force bool) error {
	ln, err := net.Listen("tcp", "127.0.0.1:8085")
	if err != nil {
		return err
	}
	go http.Serve(ln, nil)
	u := conf.AuthCodeURL(state, authURLParams(force)...) // want `authorization code flow without PKCE in a command-line client`
	fmt.Println("visit", u)
	return exec.Command("xdg-open", u).Start()
}

func loginPKCE(state string, force bool) error {
	verifier := oauth2.GenerateVerifier()
	u := conf.AuthCodeURL(state, pkceParams(verifier, force)...)
	fmt.Println("visit", u)
	return exec.Command("xdg-open", u).Start()
}

func main() {
	_ = login(oauth2.GenerateVerifier(), false)
	_ = loginPKCE(oauth2.GenerateVerifier(), true)
}
