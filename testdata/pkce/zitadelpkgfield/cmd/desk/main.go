// Command desk logs in through the browser with the session's relying
// party, which has no PKCE option.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/zitadel/oidc/v3/pkg/client/rp/cli"
	"github.com/zitadel/oidc/v3/pkg/oidc"

	"example.com/fixtures/pkce/zitadelpkgfield/internal/auth"
)

func state() string { return "s-" + os.Getenv("DESK_NONCE") }

func main() {
	s, err := auth.Open(context.Background(), os.Args[1], "desk")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	toks := cli.CodeFlow[*oidc.IDTokenClaims](context.Background(), s.Party(), "/oauth/callback", "4455", state) // want `authorization code flow without PKCE in a command-line client: cli\.CodeFlow sends no code_challenge because the client from \(\*auth\.Session\)\.Party`
	fmt.Println(toks.IDTokenClaims.Subject)
}
