// Package auth builds the relying party the web package serves: its
// options verify the ID token's clock skew and nothing else, so it has
// no cookie handler (an SDKClientFact carries that to the caller).
package auth

import (
	"context"
	"time"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
)

func Party(ctx context.Context, issuer, id, secret, callback string) (rp.RelyingParty, error) {
	opts := []rp.Option{rp.WithVerifierOpts(rp.WithIssuedAtOffset(5 * time.Second))}
	return rp.NewRelyingPartyOIDC(ctx, issuer, id, secret, callback, []string{"openid", "email"}, opts...)
}
