// Directives that cannot carry an expectation comment of their own (it
// would be read as their reason): checked by TestBareDirectives.
package main

import (
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli"}

func main() {
	//oauthvet:ignore pkce
	fmt.Println(conf.AuthCodeURL("state"))

	//oauthvet:ignore
	fmt.Println("hello")
}
