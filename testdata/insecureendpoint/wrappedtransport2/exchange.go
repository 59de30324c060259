// The second shape: x/oauth2 handed a client whose transport another
// package's function wraps around a transport built with verification off.
package wrappedtransport2

import (
	"context"
	"crypto/tls"
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/insecureendpoint/wrappedtransport2/tracing"
)

func Exchange(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	base := &http.Transport{}
	base.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	hc := &http.Client{Transport: tracing.Wrap(base, "idp")}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, hc) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at exchange.go:17`
	return conf.Exchange(ctx, code)
}
