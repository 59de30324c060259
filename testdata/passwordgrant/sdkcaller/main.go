// An application of the SDK in ../sdk: choosing the SDK's password login
// is the application's decision, so it is reported where it calls.
package main

import (
	"fmt"
	"os"

	"example.com/fixtures/passwordgrant/sdk"
)

func main() {
	c := &sdk.Client{}
	tok := c.LoginAdmin(os.Getenv("ADMIN_USER"), os.Getenv("ADMIN_PASSWORD")) // want `resource owner password credentials grant \(from \(\*sdk.Client\).LoginAdmin\): \(\*sdk.Client\).LoginAdmin sends grant_type=password`
	fmt.Println(tok)

	// Not the password grant: a refresh, the client credentials grant, and
	// a grant type this program chooses (judged by its value).
	fmt.Println(c.Refresh(os.Getenv("REFRESH_TOKEN")))
	fmt.Println(c.LoginWithClientCredentials("reporting", os.Getenv("CLIENT_SECRET")))
	fmt.Println(c.LoginWithGrant("urn:ietf:params:oauth:grant-type:device_code", nil))
}
