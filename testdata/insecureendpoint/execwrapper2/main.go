// Command reportctl downloads reports after signing the user in. It opens
// the sign-in page with a small helper that takes the command and its
// arguments (the helper's name says nothing); the callback server listens
// on 0.0.0.0. A second helper opens a downloaded file with the same
// launcher: that is not the sign-in and changes nothing.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"

	"golang.org/x/oauth2"
)

func run(name string, args ...string) error {
	return exec.Command(name, args...).Start()
}

func show(path string) error { return run("xdg-open", path) }

var conf = oauth2.Config{
	ClientID:    "reportctl",
	RedirectURL: os.Getenv("REPORTCTL_REDIRECT"),
	Endpoint:    oauth2.Endpoint{AuthURL: "https://login.tailspin-logistics.co/authorize", TokenURL: "https://login.tailspin-logistics.co/token"},
}

func signIn(ctx context.Context) (*oauth2.Token, error) {
	verifier, state := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	srv := &http.Server{Addr: "0.0.0.0:9471", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `native app.s callback listener on all interfaces: a command-line client \(opens the authorization URL in the system browser with run\(sensible-browser\)\)`
		if r.FormValue("state") == state {
			codes <- r.FormValue("code")
		}
	})}
	go srv.ListenAndServe()
	defer srv.Close()
	if err := run("sensible-browser", conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))); err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}

func main() {
	tok, err := signIn(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("signed in until", tok.Expiry)
	_ = show("report.pdf")
}
