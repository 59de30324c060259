// Command relayquery is a CLI whose loopback callback hands the whole
// query to the waiting code, which takes only the code from it (reported:
// nothing ever reads the state). The second login compares the state it
// receives the same way (silent).
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8401/",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func login(ctx context.Context) (*oauth2.Token, error) {
	queries := make(chan url.Values, 1)
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		queries <- r.URL.Query()
		fmt.Fprintln(w, "You can close this tab.")
	})
	go http.ListenAndServe("127.0.0.1:8401", nil)
	verifier := oauth2.GenerateVerifier()
	fmt.Println(conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(verifier)))
	q := <-queries
	return conf.Exchange(ctx, q.Get("code"), oauth2.VerifierOption(verifier)) // want `callback exchanges the code without checking state`
}

func checkedLogin(ctx context.Context) (*oauth2.Token, error) {
	answers := make(chan url.Values, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		answers <- r.URL.Query()
		fmt.Fprintln(w, "You can close this tab.")
	})
	go http.ListenAndServe("127.0.0.1:8402", mux)
	state, verifier := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	fmt.Println(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	a := <-answers
	if a.Get("state") != state {
		return nil, errors.New("state mismatch")
	}
	return conf.Exchange(ctx, a.Get("code"), oauth2.VerifierOption(verifier))
}

func main() {
	if _, err := login(context.Background()); err != nil {
		_, _ = checkedLogin(context.Background())
	}
}
