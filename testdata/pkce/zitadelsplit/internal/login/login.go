// Package login signs the user in through the system browser.
package login

import (
	"context"
	"crypto/rand"
	"time"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/client/rp/cli"
	httphelper "github.com/zitadel/oidc/v3/pkg/http"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"golang.org/x/oauth2"
)

const port = "9000"

func newParty(ctx context.Context, issuer, clientID string, withPKCE bool) (rp.RelyingParty, error) {
	key := []byte(rand.Text())[:16]
	cookies := httphelper.NewCookieHandler(key, key)
	options := []rp.Option{rp.WithCookieHandler(cookies)}
	options = append(options, rp.WithVerifierOpts(rp.WithIssuedAtOffset(5*time.Second)))
	if withPKCE {
		options = append(options, rp.WithPKCE(cookies))
	}
	party, err := rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", "http://localhost:"+port+"/callback", []string{"openid"}, options...)
	if err != nil {
		return nil, err
	}
	return party, nil
}

func newPlainParty(ctx context.Context, issuer, clientID string) (rp.RelyingParty, error) {
	options := []rp.Option{rp.WithHTTPClient(nil)}
	options = append(options, rp.WithSigningAlgsFromDiscovery())
	return rp.NewRelyingPartyOIDC(ctx, issuer, clientID, "", "http://localhost:"+port+"/callback", []string{"openid"}, options...)
}

// Interactive runs the code flow; the relying party has PKCE on the paths
// where newParty adds it, so nothing is reported.
func Interactive(ctx context.Context, issuer, clientID string) (*oauth2.Token, error) {
	party, err := newParty(ctx, issuer, clientID, true)
	if err != nil {
		return nil, err
	}
	return cli.CodeFlow[*oidc.IDTokenClaims](ctx, party, "/callback", port, rand.Text).Token, nil
}

// Quick forgets PKCE: newPlainParty's options are all rp's, none is WithPKCE.
func Quick(ctx context.Context, issuer, clientID string) (*oauth2.Token, error) {
	party, err := newPlainParty(ctx, issuer, clientID)
	if err != nil {
		return nil, err
	}
	tokens := cli.CodeFlow[*oidc.IDTokenClaims](ctx, party, "/callback", port, rand.Text) // want `authorization code flow without PKCE in a native client: cli\.CodeFlow sends no code_challenge because the client from`
	return tokens.Token, nil
}
