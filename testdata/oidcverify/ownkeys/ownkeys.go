// An OpenID provider checks an id_token_hint it issued itself over its
// own key set, accepting an expired hint issued to any client, as OpenID
// Connect Core §3.1.2.1 allows: silent. A relying party switching the
// same checks off on its provider's verifier, or over go-oidc's static
// key set of someone's keys, is reported.
package ownkeys

import (
	"context"
	"crypto"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"

	"example.com/fixtures/oidcverify/ownkeys/keys"
)

type Provider struct {
	Issuer string
	Signer keys.Signer
}

func (p *Provider) hint(ctx context.Context, raw string) (*oidc.IDToken, error) {
	v := oidc.NewVerifier(p.Issuer, &keys.KeySet{Signer: p.Signer}, &oidc.Config{
		SkipExpiryCheck:   true,
		SkipClientIDCheck: true,
	})
	return v.Verify(ctx, raw)
}

func (p *Provider) Authorize(w http.ResponseWriter, r *http.Request) {
	if h := r.FormValue("id_token_hint"); h != "" {
		if _, err := p.hint(r.Context(), h); err != nil {
			http.Error(w, "invalid id_token_hint", http.StatusBadRequest)
			return
		}
	}
}

func relyingParty(ctx context.Context, upstream *oidc.Provider, raw string) error {
	_, err := upstream.Verifier(&oidc.Config{SkipClientIDCheck: true}).Verify(ctx, raw) // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
	return err
}

func pinned(ctx context.Context, issuer string, pub crypto.PublicKey, raw string) error {
	v := oidc.NewVerifier(issuer, &oidc.StaticKeySet{PublicKeys: []crypto.PublicKey{pub}}, &oidc.Config{ClientID: "app", SkipExpiryCheck: true}) // want `ID token check switched off: oidc.Config.SkipExpiryCheck is true`
	_, err := v.Verify(ctx, raw)
	return err
}
