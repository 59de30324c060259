// The program of ../../ignoredirective/cli as the pkce rule sees it: only
// findings without a valid directive remain.
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

	//oauthvet:ignore pkce
	fmt.Println(conf.AuthCodeURL("state")) // want `authorization code flow without PKCE in a command-line client`

	//oauthvet:ignore pkse typo in the rule name
	fmt.Println(conf.AuthCodeURL("state")) // want `authorization code flow without PKCE in a command-line client`

	//oauthvet:ignore passwordgrant we moved to the device grant last year
	da, _ := conf.DeviceAuth(ctx)

	//oauthvet:ignorepkce is not a directive at all
	fmt.Println(da)
}
