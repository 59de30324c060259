// Package fieldverifier2 sets its verifiers after construction and
// checks tokens through plain functions: the audience-free verifier sees
// only the access tokens of its own exchanges (silent). A second service
// hands its audience-free verifier's Verify the raw string a caller
// passes, through an exported method (reported: any token may come).
package fieldverifier2

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type session struct {
	accessV *oidc.IDTokenVerifier
	cfg     *oauth2.Config
}

func setup(s *session, prov *oidc.Provider) {
	s.accessV = prov.Verifier(&oidc.Config{SkipClientIDCheck: true})
}

func login(ctx context.Context, s *session, code string) error {
	t, err := s.cfg.Exchange(ctx, code)
	if err != nil {
		return err
	}
	return verifyWith(ctx, s.accessV, t.AccessToken)
}

func verifyWith(ctx context.Context, v *oidc.IDTokenVerifier, token string) error {
	_, err := v.Verify(ctx, token)
	return err
}

type gate struct {
	ctx context.Context
	any *oidc.IDTokenVerifier
}

func (g *gate) arm(prov *oidc.Provider) {
	g.any = prov.Verifier(&oidc.Config{SkipClientIDCheck: true}) // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
}

// Admit is called by other packages with whatever token they hold.
func (g *gate) Admit(raw string) error {
	_, err := g.any.Verify(g.ctx, raw)
	return err
}
