// Package rtparam is a command-line OAuth tester whose helper sends the
// response type its caller picks.
package rtparam

import (
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "tester",
	RedirectURL: "http://127.0.0.1:8085/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
}

func begin(rt, state string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", rt), oauth2.S256ChallengeOption(verifier))
}

var verifier = oauth2.GenerateVerifier()

func Main() {
	fmt.Println("code flow:", begin("code", oauth2.GenerateVerifier()))
	fmt.Println("token flow:", begin("token", oauth2.GenerateVerifier())) // want `implicit grant: response_type="token" returns the access token in the browser`
}
