// Command zitadelpkgsplit signs in through the system browser with a
// relying party that another package builds: whether it carries PKCE is
// known from that package, through facts.
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"log"

	"github.com/zitadel/oidc/v3/pkg/client/rp/cli"
	"github.com/zitadel/oidc/v3/pkg/oidc"

	"example.com/fixtures/pkce/zitadelpkgsplit/party"
)

func main() {
	hardened := flag.Bool("hardened", false, "use PKCE")
	flag.Parse()
	ctx := context.Background()
	if *hardened {
		p, err := party.Hardened(ctx, "https://id.example.com", "desk", []byte("0123456789abcdef"))
		if err != nil {
			log.Fatal(err)
		}
		cli.CodeFlow[*oidc.IDTokenClaims](ctx, p, "/cb", "8765", rand.Text)
		return
	}
	p, err := party.Plain(ctx, "https://id.example.com", "desk")
	if err != nil {
		log.Fatal(err)
	}
	tokens := cli.CodeFlow[*oidc.IDTokenClaims](ctx, p, "/cb", "8765", rand.Text) // want `authorization code flow without PKCE in a command-line client: cli\.CodeFlow sends no code_challenge because the client from`
	log.Println(tokens.IDTokenClaims.Subject)
}
