// Command namedresult logs the access token that another package's
// function returns through a named result (reported), and only a
// digest of it (silent).
package main

import (
	"log"
	"os"

	"example.com/fixtures/tokenleak/namedresult/tok"
)

func main() {
	at, err := tok.Redeem(os.Args[1], os.Args[2])
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("retrieved an access token: %s", at) // want `access token written to a log: log.Printf logs the access token`
	log.Printf("token digest: %s", tok.Hash(at))
}
