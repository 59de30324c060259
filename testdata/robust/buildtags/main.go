// Build-tagged files: only the files of the current build are analysed.
package main

import (
	"fmt"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli"}

func main() {
	fmt.Println(conf.AuthCodeURL("s", oauth2.S256ChallengeOption(oauth2.GenerateVerifier())))
	platform()
}
