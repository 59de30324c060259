// Package dumptransport2 traces an API client's traffic with a dumping
// transport, and hands go-oidc a plain client: the dumps are the API's,
// not the token endpoint's (silent). The provider client with the tracing
// transport of its own type, handed to go-oidc, is reported.
package dumptransport2

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httputil"

	"github.com/coreos/go-oidc/v3/oidc"
)

type apiTrace struct{ base http.RoundTripper }

func (t *apiTrace) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.base.RoundTrip(req)
	if err == nil {
		b, _ := httputil.DumpResponse(res, true)
		slog.Debug("api", "response", string(b))
	}
	return res, err
}

type idpTrace struct{ base http.RoundTripper }

func (t *idpTrace) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.base.RoundTrip(req)
	if err == nil {
		b, _ := httputil.DumpResponse(res, true)
		slog.Debug("idp", "response", string(b)) // want `token endpoint's response written to a log`
	}
	return res, err
}

var api = &http.Client{Transport: &apiTrace{base: http.DefaultTransport}}

func provider(ctx context.Context, issuer string, trace bool) (*oidc.Provider, error) {
	c := http.DefaultClient
	if trace {
		c = &http.Client{Transport: &idpTrace{base: http.DefaultTransport}}
	}
	return oidc.NewProvider(oidc.ClientContext(ctx, c), issuer)
}
