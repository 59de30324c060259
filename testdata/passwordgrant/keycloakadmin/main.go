// Command keycloakadmin provisions users in Keycloak. It logs in through
// its internal kc package, written with gocloak: the admin password login
// there is reported where gocloak is called, in kc.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/fixtures/passwordgrant/keycloakadmin/internal/kc"
)

func main() {
	ctx := context.Background()
	admin, err := kc.Connect(ctx, os.Getenv("KEYCLOAK_URL"), os.Getenv("KEYCLOAK_ADMIN"), os.Getenv("KEYCLOAK_ADMIN_PASSWORD"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(admin.CreateUser(ctx, "alice"))
}
