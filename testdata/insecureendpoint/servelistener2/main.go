// A command-line login whose http.Server names every interface in its
// Addr but is served on a loopback listener with Serve, which
// ignores Addr: nothing listens beyond the machine (silent).
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
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	p := l.Addr().(*net.TCPAddr).Port
	conf := oauth2.Config{
		ClientID:    "desk",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/", p),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	v, st := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	got := make(chan string, 1)
	server := http.Server{Addr: ":0", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == st {
			got <- r.FormValue("code")
		}
	})}
	go func() { _ = server.Serve(l) }()
	_ = browser.OpenURL(conf.AuthCodeURL(st, oauth2.S256ChallengeOption(v)))
	tok, err := conf.Exchange(context.Background(), <-got, oauth2.VerifierOption(v))
	fmt.Println(tok != nil, err)
}
