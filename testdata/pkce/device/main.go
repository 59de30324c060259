// A command-line client on a device without a browser uses the device
// authorization grant (RFC 8628): nothing to report.
package main

import (
	"context"
	"fmt"
	"log"

	"golang.org/x/oauth2"
)

func main() {
	ctx := context.Background()
	conf := &oauth2.Config{
		ClientID: "tv-app",
		Endpoint: oauth2.Endpoint{
			DeviceAuthURL: "https://idp.example.com/device/code",
			TokenURL:      "https://idp.example.com/token",
		},
	}
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Go to %v and enter %v\n", da.VerificationURI, da.UserCode)
	tok, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("expires", tok.Expiry)
}
