// A verifier without the signature check: one finding, at that check;
// the others switched off in the same literal add nothing (every claim
// can be forged anyway). A separate literal's skip is its own finding.
package unsigned

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

func peek(ctx context.Context, issuer, raw string) (*oidc.IDToken, error) {
	v := oidc.NewVerifier(issuer, nil, &oidc.Config{
		SkipClientIDCheck:          true,
		SkipExpiryCheck:            true,
		InsecureSkipSignatureCheck: true, // want `ID token check switched off: oidc.Config.InsecureSkipSignatureCheck is true`
	})
	return v.Verify(ctx, raw)
}

func lax(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}).Verify(ctx, raw) // want `ID token check switched off: oidc.Config.SkipIssuerCheck is true`
}

// strict keeps every check: silent.
func strict(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: "app"}).Verify(ctx, raw)
}
