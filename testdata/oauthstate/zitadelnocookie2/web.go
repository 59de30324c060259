// Package zitadelnocookie2: the relying party comes from another
// package's function and is kept in a field; the callback handler is
// made in a method. Its party has no cookie handler: reported.
package zitadelnocookie2

import (
	"context"
	"net/http"

	"example.com/fixtures/oauthstate/zitadelnocookie2/auth"
	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

type Site struct {
	party rp.RelyingParty
}

func New(ctx context.Context) (*Site, error) {
	p, err := auth.Party(ctx, "https://id.example.com", "site", "secret", "https://site.example.com/oidc/callback")
	if err != nil {
		return nil, err
	}
	return &Site{party: p}, nil
}

func (s *Site) Routes(mux *http.ServeMux, state func() string) {
	mux.Handle("/oidc/login", rp.AuthURLHandler(state, s.party))
	mux.Handle("/oidc/callback", rp.CodeExchangeHandler(rp.UserinfoCallback(s.signedIn), s.party)) // want `callback accepts any state: rp.CodeExchangeHandler`
}

func (s *Site) signedIn(w http.ResponseWriter, r *http.Request, t *oidc.Tokens[*oidc.IDTokenClaims], state string, _ rp.RelyingParty, info *oidc.UserInfo) {
	http.Redirect(w, r, "/", http.StatusFound)
}
