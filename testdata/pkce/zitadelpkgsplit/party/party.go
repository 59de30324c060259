// Package party builds the relying parties the command uses; it does not
// run a flow itself.
package party

import (
	"context"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
)

const Redirect = "http://127.0.0.1:8765/cb"

// Plain is a relying party without PKCE.
func Plain(ctx context.Context, issuer, clientID string) (rp.RelyingParty, error) {
	return rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", Redirect, []string{"openid", "email"})
}

// Hardened turns PKCE on.
func Hardened(ctx context.Context, issuer, clientID string, key []byte) (rp.RelyingParty, error) {
	cookies := httphelper.NewCookieHandler(key, key)
	return rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", Redirect, []string{"openid", "email"}, rp.WithPKCE(cookies))
}
