// A package with one file that does not parse (broken.go): the other file
// is still analysed.
package main

import (
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli"}

func main() {
	fmt.Println(conf.AuthCodeURL("state")) // want `authorization code flow without PKCE in a command-line client`
}
