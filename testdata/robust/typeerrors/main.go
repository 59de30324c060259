// A command-line client that does not type-check: an undefined name, a
// missing package, a mismatched assignment. The finding that types allow
// is still reported; nothing crashes.
package main

import (
	"fmt"

	"example.com/does/not/exist"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: undefinedClientID}

func main() {
	fmt.Println(conf.AuthCodeURL("state")) // want `authorization code flow without PKCE in a command-line client`
	exist.Open(conf.AuthCodeURL("state", undefinedOption))
	var n int = "not a number"
	fmt.Println(n, conf.AuthCodeURL(undefinedState, oauth2.S256ChallengeOption(missingVerifier)))
	u := missingFunc() + "?response_type=token"
	fmt.Println(u)
}
