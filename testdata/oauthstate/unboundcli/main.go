// A command-line login on a loopback listener: the map of states is this
// one user's, whose browser is the only one that can reach the listener's
// port by design. Nothing is reported.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var states = map[string]string{}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	conf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/callback", ln.Addr().(*net.TCPAddr).Port),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	state, verifier := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	states[state] = verifier
	done := make(chan *oauth2.Token, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, ok := states[r.URL.Query().Get("state")]
		if !ok {
			http.Error(w, "unknown state", http.StatusBadRequest)
			return
		}
		tok, err := conf.Exchange(context.Background(), r.URL.Query().Get("code"), oauth2.VerifierOption(v))
		if err != nil {
			http.Error(w, "login failed", http.StatusBadGateway)
			return
		}
		fmt.Fprintln(w, "You can close this window.")
		done <- tok
	})}
	go func() { _ = srv.Serve(ln) }()
	_ = browser.OpenURL(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	<-done
	_ = srv.Shutdown(context.Background())
}
