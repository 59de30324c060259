// The same probe, and a callback server on loopback only: nothing to
// report (the probe accepts no connection).
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
	l, err := net.Listen("tcp", ":0")
	if err != nil {
		return
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port

	conf := &oauth2.Config{
		ClientID:    "uploader",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/auth", port),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/token"},
	}
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	http.HandleFunc("/auth", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == state {
			codes <- r.FormValue("code")
		}
	})
	go http.ListenAndServe(fmt.Sprintf("127.0.0.1:%d", port+1), nil)
	browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	fmt.Println(tok != nil, err)
}
