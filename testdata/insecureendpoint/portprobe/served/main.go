// Near miss: the listener on every interface is the one served, so it is
// the callback listener and is reported.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

func main() {
	ln, err := net.Listen("tcp", ":0") // want `native app's callback listener on all interfaces: a command-line client`
	if err != nil {
		return
	}
	port := ln.Addr().(*net.TCPAddr).Port
	conf := &oauth2.Config{
		ClientID:    "uploader",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/auth", port),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/token"},
	}
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == state {
			codes <- r.FormValue("code")
		}
	}))
	defer ln.Close()
	browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	fmt.Println(tok != nil, err)
}
