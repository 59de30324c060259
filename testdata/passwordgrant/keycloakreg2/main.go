// Command keycloakreg2 registers the deployment's clients.
package main

import (
	"context"
	"log"
	"os"

	"github.com/Nerzal/gocloak/v10"

	"example.com/fixtures/passwordgrant/keycloakreg2/internal/realm"
)

func main() {
	ctx := context.Background()
	kc := gocloak.NewClient(os.Getenv("KEYCLOAK_URL"))
	token := os.Getenv("KEYCLOAK_TOKEN")
	for _, c := range []gocloak.Client{realm.MobileApp("mobile"), realm.Dashboard("dashboard")} {
		if _, err := kc.CreateClient(ctx, token, "shop", c); err != nil {
			log.Fatal(err)
		}
	}
}
