// The same override written differently (the context kept in a variable,
// a provider per tenant in a method), with nothing that reads the verified
// token's issuer: reported.
package tenantcheck2

import (
	"context"
	"fmt"

	"github.com/coreos/go-oidc/v3/oidc"
)

type directory struct{ authority string }

func (d directory) provider(ctx context.Context, tenant string) (*oidc.Provider, error) {
	want := fmt.Sprintf("%s/%s/v2.0", d.authority, tenant)
	discoverCtx := oidc.InsecureIssuerURLContext(ctx, want) // want `ID token issuer check overridden: oidc.InsecureIssuerURLContext makes the provider accept a discovery document`
	return oidc.NewProvider(discoverCtx, d.authority+"/organizations/v2.0")
}

func (d directory) Subject(ctx context.Context, tenant, clientID, raw string) (string, error) {
	p, err := d.provider(ctx, tenant)
	if err != nil {
		return "", err
	}
	tok, err := p.Verifier(&oidc.Config{ClientID: clientID}).Verify(ctx, raw)
	if err != nil {
		return "", err
	}
	return tok.Subject, nil
}
