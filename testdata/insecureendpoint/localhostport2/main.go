// Command localhostport2 concatenates the port into its redirect URI.
package main

import (
	"fmt"
	"os"
	"strconv"

	"golang.org/x/oauth2"
)

func main() {
	p, _ := strconv.Atoi(os.Getenv("PORT"))
	conf := oauth2.Config{ClientID: "desk", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"}}
	conf.RedirectURL = "http://LOCALHOST:" + strconv.Itoa(p) + "/oauth/done" // want `localhost in a native app's redirect URI \(information\)`
	v := oauth2.GenerateVerifier()
	fmt.Println("visit", conf.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))

	ip := conf
	ip.RedirectURL = "http://127.0.0.1:" + strconv.Itoa(p) + "/oauth/done"
	fmt.Println("or visit", ip.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
}
