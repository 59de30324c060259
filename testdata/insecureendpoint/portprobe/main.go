// A command-line login that finds a free port with a throwaway listener
// (closed at once) and then serves its callback on every interface: the
// finding is the server's address, not the probe's.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var callbackPort int

func main() {
	probe, err := net.Listen("tcp", ":0")
	if err != nil {
		return
	}
	callbackPort = probe.Addr().(*net.TCPAddr).Port
	probe.Close()

	conf := &oauth2.Config{
		ClientID:    "uploader",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/auth", callbackPort),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/token"},
	}
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/auth", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == state {
			codes <- r.FormValue("code")
		}
	})
	srv := &http.Server{
		Addr:    fmt.Sprintf(":%d", callbackPort), // want `native app's callback listener on all interfaces: a command-line client`
		Handler: mux,
	}
	go srv.ListenAndServe()
	browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	fmt.Println(tok != nil, err)
}
