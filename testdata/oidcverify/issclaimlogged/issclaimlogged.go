// The issuer claim is decoded but only logged, and a map of raw claims is
// read without comparing its "iss": nothing checks the issuer, reported.
package issclaimlogged

import (
	"context"
	"log"

	"github.com/coreos/go-oidc/v3/oidc"
)

type profile struct {
	Issuer string `json:"iss"`
	Name   string `json:"name"`
}

func Name(ctx context.Context, p *oidc.Provider, clientID, raw string) (string, error) {
	tok, err := p.Verifier(&oidc.Config{
		ClientID:        clientID,
		SkipIssuerCheck: true, // want `ID token check switched off: oidc.Config.SkipIssuerCheck is true`
	}).Verify(ctx, raw)
	if err != nil {
		return "", err
	}
	var pr profile
	if err := tok.Claims(&pr); err != nil {
		return "", err
	}
	var all map[string]any
	_ = tok.Claims(&all)
	log.Printf("login from %s (%v)", pr.Issuer, all["iss"])
	return pr.Name, nil
}
