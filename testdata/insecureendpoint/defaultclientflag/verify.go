// Package defaultclientflag installs a lax http.DefaultClient only when
// its configuration asks for one (a test setup's choice): silent.
package defaultclientflag

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
	if cfg.InsecureSkipVerify {
		http.DefaultClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.InsecureSkipVerify}}}
	}
	return oidc.NewProvider(ctx, cfg.Issuer)
}
