// An HTTP client that skips certificate checks, handed to x/oauth2 through
// the context; the same kind of client for a health check is not OAuth.
package skipverify

import (
	"context"
	"crypto/tls"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "x", Endpoint: oauth2.Endpoint{TokenURL: "https://idp.internal/token"}}

func Exchange(ctx context.Context, code, verifier string) (*oauth2.Token, error) {
	insecure := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, insecure) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at skipverify.go:18 and the client is used here via context.WithValue\(ctx, oauth2.HTTPClient, …\)`
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}

// Health probes an internal endpoint; nothing OAuth goes through it.
func Health() error {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	resp, err := c.Get("https://10.0.0.1/healthz")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Flagged: the verification is switched by configuration: unknown.
func Flagged(ctx context.Context, skip bool) context.Context {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: skip}}}
	return context.WithValue(ctx, oauth2.HTTPClient, c)
}

// Verified: a client with the default verification.
func Verified(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}})
}
