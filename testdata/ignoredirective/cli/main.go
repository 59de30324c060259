// A command-line client whose team silenced some findings, well and badly.
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func main() {
	ctx := context.Background()

	//oauthvet:ignore pkce the legacy IdP rejects code_challenge; replaced in Q3 (TICKET-42)
	fmt.Println(conf.AuthCodeURL("state"))

	fmt.Println(conf.AuthCodeURL("state")) //oauthvet:ignore pkce same IdP, second entry point

	fmt.Println(conf.AuthCodeURL("state")) //oauthvet:ignore pkce // nolint-style reason after the slashes

	//oauthvet:ignore pkse typo in the rule name // want `//oauthvet:ignore names unknown rule "pkse" \(rules: implicitgrant, passwordgrant, pkce, challengemethod, redirecturi\)`
	fmt.Println(conf.AuthCodeURL("state"))

	//oauthvet:ignore passwordgrant we moved to the device grant last year // want `//oauthvet:ignore passwordgrant silences nothing: no passwordgrant finding on this line or the next; remove the directive`
	da, _ := conf.DeviceAuth(ctx)

	//oauthvet:ignorepkce is not a directive at all
	fmt.Println(da)
}
