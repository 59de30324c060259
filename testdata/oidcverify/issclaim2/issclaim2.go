// The same check written differently: the issuer field is promoted from
// an embedded claims type declared in another package, and the allowed
// issuers are a set looked up with the claim (silent).
package issclaim2

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"

	"example.com/fixtures/oidcverify/issclaim2/claims"
)

type idClaims struct {
	claims.Registered
	Email string `json:"email"`
}

type Gate struct {
	Verifier *oidc.IDTokenVerifier
	Issuers  map[string]bool
}

func NewGate(p *oidc.Provider, clientID string, issuers map[string]bool) *Gate {
	cfg := &oidc.Config{ClientID: clientID}
	cfg.SkipIssuerCheck = true
	return &Gate{Verifier: p.Verifier(cfg), Issuers: issuers}
}

func (g *Gate) Email(ctx context.Context, raw string) (string, error) {
	tok, err := g.Verifier.Verify(ctx, raw)
	if err != nil {
		return "", err
	}
	out := new(idClaims)
	if err := tok.Claims(out); err != nil {
		return "", err
	}
	if !g.Issuers[out.Issuer] {
		return "", errors.New("untrusted issuer")
	}
	return out.Email, nil
}
