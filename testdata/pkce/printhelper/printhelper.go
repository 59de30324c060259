// A command-line login that prints its authorization URL through a
// variadic helper over fmt.Fprintf(os.Stdout, …): a native client, so its
// missing PKCE is reported. A web handler that logs its URL through a
// helper does not make a native client (the twin below is silent).
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var port = flag.String("port", "9321", "callback port")

func config() *oauth2.Config {
	return &oauth2.Config{
		ClientID:     "notes-cli",
		ClientSecret: "bundled",
		RedirectURL:  "http://127.0.0.1:" + *port + "/done",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://notes.example.com/oauth/authorize", TokenURL: "https://notes.example.com/oauth/token"},
	}
}

func tell(format string, args ...any) {
	fmt.Fprintf(os.Stdout, format, args...)
}

func login(ctx context.Context) {
	conf := config()
	st := oauth2.GenerateVerifier()
	u := conf.AuthCodeURL(st) // want `authorization code flow without PKCE in a command-line client: prints the authorization URL with fmt.Fprintf to os.Stdout`
	tell("Visit %s to sign in\n", u)
	codes := make(chan string, 1)
	srv := &http.Server{Addr: "127.0.0.1:" + *port, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != st {
			http.Error(w, "state", http.StatusBadRequest)
			return
		}
		codes <- r.URL.Query().Get("code")
	})}
	go srv.ListenAndServe()
	if _, err := conf.Exchange(ctx, <-codes); err != nil {
		tell("login failed: %v\n", err)
	}
}

func main() {
	flag.Parse()
	login(context.Background())
}
