// Command appendedplain appends a plain challenge (the verifier itself)
// to AuthCodeURL's result: reported.
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:9000/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example/authorize", TokenURL: "https://idp.example/token"}}
	v := oauth2.GenerateVerifier()
	fmt.Println(conf.AuthCodeURL(oauth2.GenerateVerifier()) + "&code_challenge=" + v + "&code_challenge_method=plain") // want `code_challenge_method=plain`
	var code string
	fmt.Scanln(&code)
	conf.Exchange(context.Background(), code, oauth2.VerifierOption(v))
}
