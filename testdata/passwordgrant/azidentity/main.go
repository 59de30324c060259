// A command that signs in with a device code: silent.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"example.com/fixtures/passwordgrant/azidentity/cred"
)

func main() {
	c, err := cred.For(cred.Login{Tenant: os.Getenv("TENANT"), App: os.Getenv("APP"), Mode: "device"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tok, err := c.GetToken(context.Background(), policy.TokenRequestOptions{Scopes: []string{"https://management.azure.com/.default"}})
	fmt.Println(tok.ExpiresOn, err)
}
