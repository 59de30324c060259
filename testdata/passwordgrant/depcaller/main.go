// An admin tool of this module that signs in through the idpsdk module
// (a dependency): choosing the SDK's password login is this program's
// decision, so it is reported where it calls, and trusting it is
// trusting this package.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"example.com/idpsdk"
)

func main() {
	ctx := context.Background()
	c := &idpsdk.Client{BaseURL: "https://id.example.com", Realm: "ops", ClientID: "admin-tool", HTTP: http.DefaultClient}

	tok, err := c.LoginUser(ctx, os.Getenv("ADMIN_USER"), os.Getenv("ADMIN_PASSWORD")) // want `resource owner password credentials grant \(from \(\*idpsdk\.Client\)\.LoginUser\): \(\*idpsdk\.Client\)\.LoginUser sends grant_type=password; the`
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	// Not the password grant.
	if _, err := c.Refresh(ctx, tok.RefreshToken); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	if _, err := c.LoginClient(ctx, os.Getenv("CLIENT_SECRET")); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}
