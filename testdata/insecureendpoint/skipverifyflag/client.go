// Package skipverifyflag switches TLS verification off only when the
// operator's configuration asks for it (a lab setting, unknown here:
// silent); the bootstrap client switches it off unconditionally
// (reported).
package skipverifyflag

import (
	"context"
	"crypto/tls"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Config struct {
	Issuer             string
	InsecureSkipVerify bool
}

func Provider(ctx context.Context, cfg Config) (*oidc.Provider, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.InsecureSkipVerify {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return oidc.NewProvider(oidc.ClientContext(ctx, &http.Client{Transport: tr}), cfg.Issuer)
}

func Bootstrap(ctx context.Context, issuer string) (*oidc.Provider, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return oidc.NewProvider(oidc.ClientContext(ctx, &http.Client{Transport: tr}), issuer) // want `client that skips TLS certificate verification carries OAuth requests`
}
