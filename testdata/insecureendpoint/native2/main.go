// The same with net.Listen on 0.0.0.0 and an IP-literal redirect URI.
package main

import (
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

const port = "9004"

func main() {
	ln, err := net.Listen("tcp", "0.0.0.0:"+port) // want `native app's callback listener on all interfaces`
	if err != nil {
		panic(err)
	}
	conf := oauth2.Config{ClientID: "desk", RedirectURL: "http://127.0.0.1:" + port + "/cb"}
	v := oauth2.GenerateVerifier()
	browser.OpenURL(conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
	http.Serve(ln, nil)
	fmt.Println("done")
}
