// The same desktop tool bound to the loopback interface: silent.
package main

import (
	"flag"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

type console struct{ prefix string }

func (c *console) show(msg string, a ...interface{}) {
	fmt.Printf(c.prefix+msg, a...)
}

var port = flag.String("port", "28080", "callback port")

func main() {
	flag.Parse()
	ui := &console{prefix: "[sync] "}
	state, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	oc := &oauth2.Config{
		ClientID:    "sync",
		RedirectURL: "http://127.0.0.1:" + *port + "/cb",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://files.example.org/oauth2/auth", TokenURL: "https://files.example.org/oauth2/token"},
	}
	done := make(chan struct{})
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state", http.StatusBadRequest)
			return
		}
		if _, err := oc.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v)); err == nil {
			close(done)
		}
	})
	go http.ListenAndServe("127.0.0.1:"+*port, nil)
	ui.show("Open %s\n", oc.AuthCodeURL(state, oauth2.S256ChallengeOption(v)))
	<-done
}
