// Command keycloakreg2 installs the front ends' clients.
package main

import (
	"context"
	"log"
	"os"

	"github.com/Nerzal/gocloak/v10"

	"example.com/fixtures/redirecturi/keycloakreg2/internal/clients"
)

func main() {
	ctx := context.Background()
	kc := gocloak.NewClient(os.Getenv("KEYCLOAK_URL"))
	for _, c := range []*gocloak.Client{clients.Storefront(), clients.Admin()} {
		if err := kc.UpdateClient(ctx, os.Getenv("KEYCLOAK_TOKEN"), "shop", *c); err != nil {
			log.Fatal(err)
		}
	}
}
