// The same under a switch on a configured mode (silent), and in a helper
// that switches the check off whatever it is given (reported).
package switchedskip2

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Settings struct {
	Mode     string
	ClientID string
}

func build(ctx context.Context, p *oidc.Provider, s Settings) *oidc.IDTokenVerifier {
	vc := oidc.Config{ClientID: s.ClientID}
	switch s.Mode {
	case "federation-test":
		vc.SkipClientIDCheck = true
	case "offline-replay":
		vc.SkipExpiryCheck = true
	}
	return p.Verifier(&vc)
}

func lax(p *oidc.Provider, clientID string) *oidc.IDTokenVerifier {
	vc := oidc.Config{ClientID: clientID}
	vc.SkipClientIDCheck = true // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
	return p.Verifier(&vc)
}

func Use(ctx context.Context, p *oidc.Provider, s Settings, raw string) error {
	if _, err := build(ctx, p, s).Verify(ctx, raw); err != nil {
		return err
	}
	_, err := lax(p, s.ClientID).Verify(ctx, raw)
	return err
}
