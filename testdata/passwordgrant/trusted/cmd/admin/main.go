// The admin command of the app whose login package is trusted: the
// password grant is decided in auth.Login (same module), so trusting
// that package covers this call too, and without trust it is reported
// there once, not here again.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/fixtures/passwordgrant/trusted/auth"
)

func main() {
	tok, err := auth.Login(context.Background(), os.Getenv("ADMIN"), os.Getenv("ADMIN_PASSWORD"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(tok.Expiry)
}
