// Command tool signs the user in from the terminal and takes the code on
// a loopback callback; its states come from the ident package.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/runestate2/ident"
)

var conf = &oauth2.Config{
	ClientID:    "tool",
	RedirectURL: "http://127.0.0.1:8765/cb",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.example.net/authorize",
		TokenURL: "https://login.example.net/token",
	},
}

var legacy = &oauth2.Config{
	ClientID:    "tool-legacy",
	RedirectURL: "http://127.0.0.1:8765/cb",
	Endpoint:    conf.Endpoint,
}

func login(c *oauth2.Config, state string) {
	v := oauth2.GenerateVerifier()
	codes := make(chan string, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:8765")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codes <- r.URL.Query().Get("code")
	}))
	fmt.Println("Sign in at", c.AuthCodeURL(state, oauth2.S256ChallengeOption(v)))
	_, _ = c.Exchange(context.Background(), <-codes, oauth2.VerifierOption(v))
}

func main() {
	if len(os.Args) > 1 {
		id := ident.Session()
		u := legacy.AuthCodeURL(id, oauth2.S256ChallengeOption(oauth2.GenerateVerifier())) // want `predictable OAuth state \(low severity.*\): the state comes from math/rand.Intn in ident.Session`
		fmt.Println("Legacy sign-in:", u)
		return
	}
	login(conf, ident.Strong())
	login(conf, ident.Label())
}
