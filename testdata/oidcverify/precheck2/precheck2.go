// Package precheck2 is precheck written another way: the configurations
// are variables, the provider a field, the first check a statement of
// its own. A token variable reassigned between the two checks is another
// token: the first verifier's skip stands (reported).
package precheck2

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

type gate struct {
	provider *oidc.Provider
	audience string
}

func (g *gate) check(ctx context.Context, bearer string) (*oidc.IDToken, error) {
	sigOnly := &oidc.Config{ClientID: g.audience, SkipExpiryCheck: true}
	_, err := g.provider.Verifier(sigOnly).Verify(ctx, bearer)
	if err != nil {
		return nil, err
	}
	full := &oidc.Config{ClientID: g.audience}
	return g.provider.Verifier(full).Verify(ctx, bearer)
}

func (g *gate) checkSwapped(ctx context.Context, bearer, fallback string) (*oidc.IDToken, error) {
	sigOnly := &oidc.Config{ClientID: g.audience, SkipExpiryCheck: true} // want `SkipExpiryCheck is true`
	_, err := g.provider.Verifier(sigOnly).Verify(ctx, bearer)
	if err != nil {
		bearer = fallback
	}
	full := &oidc.Config{ClientID: g.audience}
	return g.provider.Verifier(full).Verify(ctx, bearer)
}
