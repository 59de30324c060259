// Command libidtoken signs in with zitadel/oidc's relying party and logs
// the raw ID token of the tokens it gets (oidc.Tokens.IDToken, a field
// without a tag: the library's knowledge says what it is): reported. The
// subject of the verified claims is no credential: silent.
package main

import (
	"context"
	"log"
	"os"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

func main() {
	ctx := context.Background()
	party, err := rp.NewRelyingPartyOIDC(ctx, "https://id.example.com", "svc", os.Getenv("SECRET"), "https://svc.example.com/cb", []string{"openid"})
	if err != nil {
		log.Fatal(err)
	}
	tokens, err := rp.CodeExchange[*oidc.IDTokenClaims](ctx, os.Args[1], party)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("signed in as %s", tokens.IDTokenClaims.Subject)
	log.Printf("id_token=%s", tokens.IDToken) // want `ID token written to a log: log.Printf logs the ID token`
}
