// Command ownpageprint serves its login on the address a flag names and
// opens that address in the user's browser; its callback prints the
// refresh token with -debug. The output is the user's terminal, not a
// server's log: reported as a command's print, not a server's.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var (
	addr  = flag.String("addr", "127.0.0.1:8000", "listen address")
	debug = flag.Bool("debug", false, "debug output")
)

func main() {
	flag.Parse()
	conf := &oauth2.Config{ClientID: "cli", RedirectURL: "http://" + *addr + "/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}
	verifier := oauth2.GenerateVerifier()
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, conf.AuthCodeURL("st", oauth2.S256ChallengeOption(verifier)), http.StatusFound)
	})
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(verifier))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		if *debug {
			fmt.Printf("refresh: %s\n", tok.RefreshToken) // want `refresh token printed to standard output: fmt.Printf prints the refresh token, and this command was not asked to print it`
		}
		fmt.Fprintln(w, "signed in; expires", tok.Expiry)
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		panic(err)
	}
	browser.OpenURL("http://" + *addr + "/")
	http.Serve(ln, nil)
}
