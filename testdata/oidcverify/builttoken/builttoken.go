// A token exchange endpoint that wraps the caller's subject token in an
// oauth2.Token it builds itself and verifies it as an ID token without
// the audience check: a token issued to any client of the upstream is
// accepted (reported). A client checking the access token it received
// from its own exchange has no audience to compare (silent).
package builttoken

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type bridge struct {
	upstream *oidc.Provider
	conf     *oauth2.Config
}

func (b *bridge) subject(ctx context.Context, raw string) (string, error) {
	wrapped := oauth2.Token{AccessToken: raw, TokenType: "Bearer"}
	id, err := b.upstream.Verifier(&oidc.Config{SkipClientIDCheck: true}).Verify(ctx, wrapped.AccessToken) // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
	if err != nil {
		return "", err
	}
	return id.Subject, nil
}

func (b *bridge) Exchange(w http.ResponseWriter, r *http.Request) {
	if _, err := b.subject(r.Context(), r.FormValue("subject_token")); err != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
	}
}

func (b *bridge) own(ctx context.Context, code string) error {
	tok, err := b.conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	_, err = b.upstream.Verifier(&oidc.Config{SkipClientIDCheck: true}).Verify(ctx, tok.AccessToken)
	return err
}
