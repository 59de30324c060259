// A multi-tenant issuer override (reported), beside a plain provider.
package azure

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

func tenantProvider(ctx context.Context, tenant string) (*oidc.Provider, error) {
	issuer := "https://login.microsoftonline.com/" + tenant + "/v2.0"
	ctx = oidc.InsecureIssuerURLContext(ctx, issuer) // want `ID token issuer check overridden: oidc.InsecureIssuerURLContext`
	return oidc.NewProvider(ctx, "https://login.microsoftonline.com/organizations/v2.0")
}

func provider(ctx context.Context) (*oidc.Provider, error) {
	return oidc.NewProvider(ctx, "https://accounts.google.com")
}
