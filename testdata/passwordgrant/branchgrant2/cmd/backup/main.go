// Command backup uses the idp client three ways: as a fixed service user
// (the password grant, reported here, where it is chosen), as the service
// itself (client credentials), and as whatever user the environment
// names (not known: silent).
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"example.com/fixtures/passwordgrant/branchgrant2/idp"
)

func main() {
	ctx := context.Background()
	c := &idp.Client{Endpoint: "https://id.tailspin-logistics.co/oauth/token", ID: "backup", Secret: os.Getenv("BACKUP_SECRET"), HTTP: http.DefaultClient}

	asUser, err := c.Token(ctx, idp.TokenOptions{Username: "svc-backup", Password: os.Getenv("BACKUP_PASSWORD")}) // want `resource owner password credentials grant \(from \(\*idp.Client\).Token when opts.Username != ""\)`
	fmt.Println(asUser, err)

	service, err := c.Token(ctx, idp.TokenOptions{Scope: "backup.write"})
	fmt.Println(service, err)

	opts := idp.TokenOptions{Username: os.Getenv("BACKUP_USER"), Password: os.Getenv("BACKUP_PASSWORD")}
	configured, err := c.Token(ctx, opts)
	fmt.Println(configured, err)
}
