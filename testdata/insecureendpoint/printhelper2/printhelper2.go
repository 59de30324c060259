// A desktop sync tool that shows its authorization URL through a method
// of its console type wrapping fmt.Printf, and serves the callback on
// every interface: reported as a native app's listener.
package main

import (
	"crypto/rand"
	"encoding/hex"
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
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	state := hex.EncodeToString(b)
	v := oauth2.GenerateVerifier()
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
	go http.ListenAndServe(":"+*port, nil) // want `native app's callback listener on all interfaces: a command-line client \(prints the authorization URL with fmt.Printf\)`
	ui.show("Open %s\n", oc.AuthCodeURL(state, oauth2.S256ChallengeOption(v)))
	<-done
}
