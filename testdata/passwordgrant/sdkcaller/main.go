// An application of the SDK in ../sdk, in the same module: LoginAdmin
// decides the password grant and is reported there (or trusted with its
// package); its callers in the module are not reported again. (Callers in
// another module are: see ../depcaller.)
package main

import (
	"fmt"
	"os"

	"example.com/fixtures/passwordgrant/sdk"
)

func main() {
	c := &sdk.Client{}
	tok := c.LoginAdmin(os.Getenv("ADMIN_USER"), os.Getenv("ADMIN_PASSWORD"))
	fmt.Println(tok)

	// Not the password grant: a refresh, the client credentials grant, and
	// a grant type this program chooses (judged by its value).
	fmt.Println(c.Refresh(os.Getenv("REFRESH_TOKEN")))
	fmt.Println(c.LoginWithClientCredentials("reporting", os.Getenv("CLIENT_SECRET")))
	fmt.Println(c.LoginWithGrant("urn:ietf:params:oauth:grant-type:device_code", nil))
}
