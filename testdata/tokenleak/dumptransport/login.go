// Package dumptransport hands x/oauth2 an HTTP client whose transport
// dumps every response, body included, to the log under -debug: the token
// endpoint's answers go there too (reported). Its headers-only dump, and
// the dumping transport of an API client in a package that hands no
// client to the OAuth library, are silent (dumptransport2).
package dumptransport

import (
	"context"
	"log"
	"net/http"
	"net/http/httputil"

	"golang.org/x/oauth2"
)

type debugTransport struct {
	next http.RoundTripper
}

func (d debugTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := d.next.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	head, _ := httputil.DumpResponse(resp, false)
	log.Printf("<- %s", head)
	full, _ := httputil.DumpResponse(resp, true)
	log.Printf("<- %s", full) // want `token endpoint's response written to a log`
	return resp, nil
}

func exchange(ctx context.Context, conf *oauth2.Config, code, verifier string, debug bool) (*oauth2.Token, error) {
	if debug {
		client := &http.Client{Transport: debugTransport{next: http.DefaultTransport}}
		ctx = context.WithValue(ctx, oauth2.HTTPClient, client)
	}
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}
