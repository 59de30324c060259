// A command whose http.Server on 0.0.0.0 serves a fixed page through a
// handler type that ignores the request; the code is typed with
// fmt.Scan: silent.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os/exec"

	"golang.org/x/oauth2"
)

type notice struct{}

func (notice) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Write([]byte("Type the code from this page's address into the terminal."))
}

func main() {
	v := oauth2.GenerateVerifier()
	conf := &oauth2.Config{
		ClientID:    "typed",
		RedirectURL: "http://127.0.0.1:9301/shown",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.net/auth", TokenURL: "https://id.example.net/token"},
	}
	srv := &http.Server{Addr: "0.0.0.0:9301", Handler: notice{}}
	go srv.ListenAndServe()
	exec.Command("xdg-open", conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v))).Start()
	var code string
	if _, err := fmt.Scan(&code); err != nil {
		log.Fatal(err)
	}
	tok, err := conf.Exchange(context.Background(), code, oauth2.VerifierOption(v))
	if err != nil {
		log.Fatal(err)
	}
	log.Println("until", tok.Expiry)
}
