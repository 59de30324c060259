// A command-line login whose listen address lives in a package variable
// that every assignment sets to ":" + a port: every interface (reported).
package main

import (
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

const defaultPort = "7070"

var (
	bindAddr string
	port     = flag.String("port", defaultPort, "callback port")
)

func init() {
	bindAddr = ":" + defaultPort
}

func main() {
	flag.Parse()
	if *port != defaultPort {
		bindAddr = ":" + *port
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	st := hex.EncodeToString(b)
	v := oauth2.GenerateVerifier()
	oc := &oauth2.Config{ClientID: "crm-cli", RedirectURL: "http://127.0.0.1:" + *port + "/done",
		Endpoint: oauth2.Endpoint{AuthURL: "https://crm.example.com/oauth/authorize", TokenURL: "https://crm.example.com/oauth/token"}}
	done := make(chan struct{})
	http.HandleFunc("/done", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") == st {
			_, _ = oc.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v))
		}
		close(done)
	})
	srv := &http.Server{Addr: bindAddr} // want `native app's callback listener on all interfaces`
	go srv.ListenAndServe()
	fmt.Println("Open", oc.AuthCodeURL(st, oauth2.S256ChallengeOption(v)))
	<-done
}
