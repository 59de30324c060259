// A multi-tenant login that overrides the issuer for discovery and then
// compares every verified ID token's issuer with the tenants it trusts:
// the check go-oidc asks for is done by hand, silent.
package tenantcheck

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
)

var trusted = map[string]bool{
	"https://login.microsoftonline.com/5f1c2d3e/v2.0": true,
}

type Login struct{ verifier *oidc.IDTokenVerifier }

func New(ctx context.Context, tenantIssuer, clientID string) (*Login, error) {
	p, err := oidc.NewProvider(oidc.InsecureIssuerURLContext(ctx, tenantIssuer), "https://login.microsoftonline.com/common/v2.0")
	if err != nil {
		return nil, err
	}
	return &Login{verifier: p.Verifier(&oidc.Config{ClientID: clientID})}, nil
}

func (l *Login) Check(ctx context.Context, raw string) (*oidc.IDToken, error) {
	tok, err := l.verifier.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if !trusted[tok.Issuer] {
		return nil, errors.New("untrusted tenant")
	}
	return tok, nil
}
