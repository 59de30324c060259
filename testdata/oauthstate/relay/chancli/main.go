// A command-line login whose callback handler hands the code over a
// channel without reading the state, and the main goroutine exchanges it:
// the state drawn from crypto/rand is never compared, so a code sent to
// the listener by another page is accepted.
package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"log"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID:    "desk",
	RedirectURL: "http://127.0.0.1:9876/cb",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.net/authorize", TokenURL: "https://id.example.net/token"},
}

func main() {
	received := make(chan string)
	mux := http.NewServeMux()
	mux.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "done")
		received <- r.FormValue("code")
	})
	go func() { log.Fatal(http.ListenAndServe("127.0.0.1:9876", mux)) }()
	_ = browser.OpenURL(conf.AuthCodeURL(rand.Text()))
	tok, err := conf.Exchange(context.Background(), <-received) // want `callback exchanges the code without checking state: the handler at main.go:\d+ reads the request's code but never its state`
	fmt.Println(tok.Expiry, err)
}
