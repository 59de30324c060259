// A command that serves its help page from an http.Server whose handler is
// a method ignoring the request, and reads the pasted code with
// fmt.Scanln: no callback, silent.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

type helpPage string

func (h helpPage) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprint(w, string(h))
}

const fixedState = "desk-login"

func main() {
	conf := &oauth2.Config{
		ClientID:    "desk",
		RedirectURL: "http://127.0.0.1:9400/shown",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.net/auth", TokenURL: "https://id.example.net/token"},
	}
	srv := &http.Server{Addr: "127.0.0.1:9400", Handler: helpPage("Paste the code shown in the address bar.")}
	go srv.ListenAndServe()
	fmt.Println("Sign in at", conf.AuthCodeURL(fixedState))
	var code string
	if _, err := fmt.Scanln(&code); err != nil {
		log.Fatal(err)
	}
	tok, err := conf.Exchange(context.Background(), code)
	if err != nil {
		log.Fatal(err)
	}
	log.Println("signed in until", tok.Expiry)
}
