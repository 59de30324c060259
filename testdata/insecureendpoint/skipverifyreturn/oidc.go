// Verification switched off after an early return on the operator's
// setting (if !insecure { return ctx }): unknown, silent. The same helper
// whose early return only handles an error skips verification always:
// reported.
package skipverifyreturn

import (
	"context"
	"crypto/tls"
	"errors"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
)

func withClient(ctx context.Context, insecure bool) context.Context {
	if !insecure {
		return ctx
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return oidc.ClientContext(ctx, &http.Client{Transport: tr})
}

func Provider(ctx context.Context, issuer string, insecure bool) (*oidc.Provider, error) {
	return oidc.NewProvider(withClient(ctx, insecure), issuer)
}

func withLaxClient(ctx context.Context, issuer string) (context.Context, error) {
	if issuer == "" {
		return nil, errors.New("no issuer")
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return oidc.ClientContext(ctx, &http.Client{Transport: tr}), nil // want `client that skips TLS certificate verification carries OAuth requests`
}
