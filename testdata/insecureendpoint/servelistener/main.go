// A command-line login that listens on all interfaces with net.Listen and
// serves the callback with srv.Serve(ln): the report is at the listen
// call, not at the http.Server's Addr, which Serve ignores.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

const port = 8766

func main() {
	ln, err := net.Listen("tcp", fmt.Sprintf(":%d", port)) // want `native app's callback listener on all interfaces: a command-line client`
	if err != nil {
		panic(err)
	}
	conf := &oauth2.Config{
		ClientID:    "desk",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/cb", port),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	verifier, state := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") == state {
			codes <- r.URL.Query().Get("code")
		}
	})
	srv := &http.Server{Addr: fmt.Sprintf(":%d", port), Handler: mux}
	go srv.Serve(ln)
	_ = browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	tok, err := conf.Exchange(context.Background(), <-codes, oauth2.VerifierOption(verifier))
	fmt.Println(tok != nil, err)
	_ = srv.Shutdown(context.Background())
}
