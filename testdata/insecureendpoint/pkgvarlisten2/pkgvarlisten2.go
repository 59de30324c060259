// A listen address whose assignments disagree (loopback in one branch,
// every interface in the other) is not known (silent); one whose branches
// agree on loopback is loopback (silent).
package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var lan = flag.Bool("lan", false, "accept the callback from the LAN")

func serve(oc *oauth2.Config, st, v string, port string) {
	addr := "127.0.0.1:" + port
	if *lan {
		addr = ":" + port
	}
	local := "127.0.0.1:" + port
	if os.Getenv("CB_PORT") != "" {
		local = "127.0.0.1:" + os.Getenv("CB_PORT")
	}
	_ = local
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") == st {
			_, _ = oc.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v))
		}
	})
	go http.ListenAndServe(addr, nil)
	go http.ListenAndServe(local, nil)
}

func main() {
	flag.Parse()
	v := oauth2.GenerateVerifier()
	st := oauth2.GenerateVerifier()
	oc := &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:8085/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.com/authorize", TokenURL: "https://id.example.com/token"}}
	serve(oc, st, v, "8085")
	fmt.Println("Open", oc.AuthCodeURL(st, oauth2.S256ChallengeOption(v)))
	select {}
}
