// ID token checks switched off under an operator's setting are the
// setting's value (unknown, silent), as SkipExpiryCheck: setting would
// be; switched off unconditionally they are reported.
package switchedskip

import (
	"context"
	"os"

	"github.com/coreos/go-oidc/v3/oidc"
)

func insecureDev() bool { return os.Getenv("SSO_INSECURE_DEV") == "1" }

func Verifier(ctx context.Context, issuer, clientID string) (*oidc.IDTokenVerifier, error) {
	p, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, err
	}
	cfg := &oidc.Config{ClientID: clientID}
	if insecureDev() {
		cfg.SkipIssuerCheck = true
		cfg.SkipExpiryCheck = true
	}
	return p.Verifier(cfg), nil
}

func AlwaysLax(ctx context.Context, issuer, clientID string) (*oidc.IDTokenVerifier, error) {
	p, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, err
	}
	cfg := &oidc.Config{ClientID: clientID}
	cfg.SkipIssuerCheck = true // want `ID token check switched off: oidc.Config.SkipIssuerCheck is true`
	return p.Verifier(cfg), nil
}
