// Command zitadelsplit is zitadelcli written another way: main only parses
// flags; the internal login package builds the relying party in a helper,
// from an options slice grown with append, and runs cli.CodeFlow.
package main

import (
	"context"
	"flag"
	"fmt"

	"example.com/fixtures/pkce/zitadelsplit/internal/login"
)

func main() {
	issuer := flag.String("issuer", "https://id.example.com", "OpenID provider")
	clientID := flag.String("client-id", "cli", "public client ID")
	flag.Parse()
	tok, err := login.Interactive(context.Background(), *issuer, *clientID)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tok.AccessToken)
}
