// Package cmdline stores a base URL in another package's parameter struct:
// the state is added where the struct is read, so nothing is missing here.
package cmdline

import (
	"fmt"

	"example.com/fixtures/oauthstate/storedbase/signin"
)

func Login(clientID string) error {
	p := signin.Params{
		ClientID:     clientID,
		RedirectURL:  "http://localhost:3000",
		AuthorizeURL: signin.AuthorizeBase,
	}
	u, err := signin.URL(p)
	if err != nil {
		return err
	}
	fmt.Println("open", u)
	return nil
}
