// The same relays done right: each handler compares the request's state
// with the one it sent before handing the code over (a channel, a field).
// Nothing is reported.
package main

import (
	"context"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

type waiter struct {
	want string
	code string
}

func (w *waiter) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != w.want {
		http.Error(rw, "bad state", http.StatusBadRequest)
		return
	}
	w.code = r.URL.Query().Get("code")
}

func main() {
	ctx := context.Background()
	conf := &oauth2.Config{ClientID: "c", RedirectURL: "http://127.0.0.1:7000/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.net/a", TokenURL: "https://id.example.net/t"}}
	st := oauth2.GenerateVerifier()
	fmt.Println(conf.AuthCodeURL(st))

	codes := make(chan string, 1)
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") != st {
			http.Error(w, "state mismatch", http.StatusForbidden)
			return
		}
		codes <- r.FormValue("code")
	})
	go http.ListenAndServe("127.0.0.1:7000", nil)
	tok, err := conf.Exchange(ctx, <-codes)
	fmt.Println(tok, err)

	w := &waiter{want: st}
	go http.ListenAndServe("127.0.0.1:7001", w)
	tok, err = conf.Exchange(ctx, w.code)
	fmt.Println(tok, err)
}
