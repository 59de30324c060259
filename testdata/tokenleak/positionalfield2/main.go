// Command syncer keeps the refresh token of its device login in a
// record made positionally by a helper, and prints the record's account
// (silent) and its refresh token (reported).
package main

import (
	"context"
	"fmt"

	"golang.org/x/oauth2"
)

type credential struct {
	account string
	refresh string
	scopes  []string
}

var conf = &oauth2.Config{
	ClientID: "syncer",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://id.example.com/device", TokenURL: "https://id.example.com/token"},
}

func login(ctx context.Context) (credential, error) {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return credential{}, err
	}
	fmt.Println("enter", da.UserCode, "at", da.VerificationURI)
	t, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		return credential{}, err
	}
	return credential{"me@example.com", t.RefreshToken, []string{"sync"}}, nil
}

func main() {
	c, err := login(context.Background())
	if err != nil {
		panic(err)
	}
	fmt.Println("logged in as", c.account)
	fmt.Println("keep this:", c.refresh) // want `refresh token printed to standard output`
}
