// Package precheck verifies a token twice: first with a verifier that
// checks only the signature, its ID token dropped, then with the full
// check, whose token it returns (silent). A second function drops the
// first result too, but its full check skips the expiry as well
// (reported), and a third keeps the token of the skipping verifier
// (reported).
package precheck

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
)

var errSignature = errors.New("bad token signature")

func Verify(ctx context.Context, p *oidc.Provider, raw, clientID string, skipAud bool) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: clientID, SkipClientIDCheck: true, SkipIssuerCheck: true, SkipExpiryCheck: true})
	if _, err := v.Verify(ctx, raw); err != nil {
		return nil, errors.Join(errSignature, err)
	}
	v = p.Verifier(&oidc.Config{ClientID: clientID, SkipClientIDCheck: skipAud})
	return v.Verify(ctx, raw)
}

func VerifyLoosely(ctx context.Context, p *oidc.Provider, raw, clientID string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: clientID, SkipExpiryCheck: true}) // want `SkipExpiryCheck is true`
	if _, err := v.Verify(ctx, raw); err != nil {
		return nil, err
	}
	v = p.Verifier(&oidc.Config{ClientID: clientID, SkipExpiryCheck: true}) // want `SkipExpiryCheck is true`
	return v.Verify(ctx, raw)
}

func VerifyOnce(ctx context.Context, p *oidc.Provider, raw, clientID string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: clientID, SkipIssuerCheck: true}) // want `SkipIssuerCheck is true`
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if _, err := p.Verifier(&oidc.Config{ClientID: clientID}).Verify(ctx, raw); err != nil {
		return nil, err
	}
	return tok, nil
}
