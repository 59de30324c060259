// Command localhostjoin builds its loopback redirect URI from a parsed
// base and url.URL.JoinPath: "localhost" there is reported as when the
// string is written out; 127.0.0.1 is not.
package main

import (
	"flag"
	"fmt"
	"net/url"

	"golang.org/x/oauth2"
)

var port = flag.Int("port", 8000, "callback port")

func main() {
	flag.Parse()
	base, err := url.Parse(fmt.Sprintf("http://localhost:%d", *port))
	if err != nil {
		panic(err)
	}
	cb := base.JoinPath("auth", "/done/")
	conf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: cb.String(), // want `localhost in a native app's redirect URI \(information\)`
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
	}
	v := oauth2.GenerateVerifier()
	fmt.Println("open", conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))

	ipBase, err := url.Parse(fmt.Sprintf("http://127.0.0.1:%d", *port))
	if err != nil {
		panic(err)
	}
	ipCB := ipBase.JoinPath("auth", "done")
	ipConf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: ipCB.String(),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
	}
	fmt.Println("or", ipConf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
}
