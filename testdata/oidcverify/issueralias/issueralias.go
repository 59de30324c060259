// An issuer alias applied only when the operator configures one: the
// issuer is still checked, against the configured value (silent). The
// override made unconditionally is reported.
package issueralias

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Upstream struct {
	URL, Alias, ClientID string
}

func Connect(ctx context.Context, u Upstream) (*oidc.IDTokenVerifier, error) {
	if u.Alias != "" {
		ctx = oidc.InsecureIssuerURLContext(ctx, u.Alias)
	}
	p, err := oidc.NewProvider(ctx, u.URL)
	if err != nil {
		return nil, err
	}
	return p.Verifier(&oidc.Config{ClientID: u.ClientID}), nil
}

func ConnectAnyIssuer(ctx context.Context, u Upstream) (*oidc.IDTokenVerifier, error) {
	ctx = oidc.InsecureIssuerURLContext(ctx, "https://accounts.example.com") // want `ID token issuer check overridden`
	p, err := oidc.NewProvider(ctx, u.URL)
	if err != nil {
		return nil, err
	}
	return p.Verifier(&oidc.Config{ClientID: u.ClientID}), nil
}
