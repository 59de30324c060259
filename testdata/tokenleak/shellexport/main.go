// Command shellexport logs in and prints shell exports for eval
// "$(shellexport)": the token handed to the user's shell is the output.
// Its debug line, and a log of the token, are still reported.
package main

import (
	"context"
	"fmt"
	"log"

	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{ClientID: "cli", Endpoint: oauth2.Endpoint{TokenURL: "https://id.example.com/token", DeviceAuthURL: "https://id.example.com/device"}}
	ctx := context.Background()
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		log.Fatal(err)
	}
	tok, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("export EXAMPLE_ACCESS_TOKEN=%s\n", tok.AccessToken)
	fmt.Printf("# run: eval \"$(shellexport)\"\nexport EXAMPLE_REFRESH_TOKEN='%s'\n", tok.RefreshToken)
	fmt.Printf("token is %s\n", tok.AccessToken) // want `access token printed`
	log.Printf("export X=%s", tok.AccessToken)   // want `access token written to a log`
}
