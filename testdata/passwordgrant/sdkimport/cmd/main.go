// Command cmd builds the Auth0 client and hands its OAuth API to signin.
package main

import (
	"context"
	"os"

	"github.com/auth0/go-auth0/authentication"

	"example.com/fixtures/passwordgrant/sdkimport/signin"
)

func main() {
	ctx := context.Background()
	api, err := authentication.New(ctx, os.Getenv("AUTH0_DOMAIN"), authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")))
	if err != nil {
		os.Exit(1)
	}
	svc := signin.New(api.OAuth)
	_, _ = svc.SignIn(ctx, os.Args[1], os.Args[2])
}
