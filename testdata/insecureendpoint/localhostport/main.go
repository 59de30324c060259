// Command localhostport is a CLI whose loopback redirect URI takes its
// port from a flag.
package main

import (
	"flag"
	"fmt"

	"golang.org/x/oauth2"
)

var port = flag.Int("port", 8000, "callback port")

func main() {
	flag.Parse()
	conf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: fmt.Sprintf("http://localhost:%d/callback", *port), // want `localhost in a native app's redirect URI \(information\)`
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
	}
	v := oauth2.GenerateVerifier()
	fmt.Println("open", conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))

	ipConf := &oauth2.Config{
		ClientID:    "cli",
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/callback", *port),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
	}
	fmt.Println("or", ipConf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
}
