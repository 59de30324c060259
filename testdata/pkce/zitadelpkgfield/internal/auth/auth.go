// Package auth keeps the relying party in a struct built once; a
// method hands it out.
package auth

import (
	"context"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
)

type Session struct {
	party rp.RelyingParty
	scope []string
}

func Open(ctx context.Context, issuer, client string) (*Session, error) {
	s := &Session{scope: []string{"openid", "offline_access"}}
	var err error
	s.party, err = rp.NewRelyingPartyOIDC(ctx, issuer, client, "", "http://127.0.0.1:4455/oauth/callback", s.scope, rp.WithSigningAlgsFromDiscovery())
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Party is the session's relying party.
func (s *Session) Party() rp.RelyingParty { return s.party }
