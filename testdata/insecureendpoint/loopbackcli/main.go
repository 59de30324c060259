// Done right: a loopback listener on 127.0.0.1 and a matching IP-literal
// redirect URI: nothing to report.
package main

import (
	"fmt"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	conf := oauth2.Config{ClientID: "cli", RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/cb", ln.Addr().(*net.TCPAddr).Port)}
	v := oauth2.GenerateVerifier()
	browser.OpenURL(conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
	http.Serve(ln, nil)
}
