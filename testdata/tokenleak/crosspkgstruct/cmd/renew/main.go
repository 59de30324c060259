// A renewal job that prints the token another package of the module
// returned, fields and all (reported); printing its lifetime is silent.
package main

import (
	"fmt"
	"log"
	"os"

	"example.com/fixtures/tokenleak/crosspkgstruct/idp"
)

func main() {
	tok, at, err := idp.Refresh("https://id.example.org/oauth/token", os.Getenv("RT"), "job", os.Getenv("SECRET"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("renewed at %v: %+v\n", at, tok) // want `token response printed to standard output`
	fmt.Printf("valid for %ds\n", tok.ExpiresIn)
}
