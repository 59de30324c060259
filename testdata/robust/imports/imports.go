// oauth2 imported under another name and dot-imported: still oauth2.
package main

import (
	"fmt"

	o2 "golang.org/x/oauth2"
)

var conf = &o2.Config{ClientID: "cli", RedirectURL: "urn:ietf:wg:oauth:2.0:oob"}

func main() {
	fmt.Println(conf.AuthCodeURL("s", o2.SetAuthURLParam("response_type", "token"))) // want `implicit grant: response_type="token"`
	fmt.Println(conf.AuthCodeURL("s")) // want `authorization code flow without PKCE`
	dot(o2.GenerateVerifier())
}
