// Package defaultclient2 builds its lax client in a helper and installs
// it as http.DefaultClient before go-oidc discovers the provider and
// fetches its keys with it: reported at the discovery.
package defaultclient2

import (
	"context"
	"crypto/tls"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
)

func laxClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return &http.Client{Transport: tr}
}

func Verifier(ctx context.Context, issuer, audience string) (*oidc.IDTokenVerifier, error) {
	http.DefaultClient = laxClient()
	p, err := oidc.NewProvider(ctx, issuer) // want `client that skips TLS certificate verification carries OAuth requests`
	if err != nil {
		return nil, err
	}
	return p.Verifier(&oidc.Config{ClientID: audience}), nil
}
