// Package main drives the login of a staging environment from CI: it
// requests the authorization endpoint itself (http.NewRequest), posts the
// test user's form and reports where the browser would land. Written
// differently from ../fetcher: a hand-built URL and a request object.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
)

type driver struct {
	http    *http.Client
	baseURL string
}

func (d *driver) begin(ctx context.Context) (*http.Response, error) {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", "staging-web")
	q.Set("redirect_uri", os.Getenv("STAGING_CALLBACK"))
	q.Set("state", "ci")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.baseURL+"/oauth2/authorize?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	return d.http.Do(req)
}

func main() {
	d := &driver{http: &http.Client{}, baseURL: os.Getenv("STAGING_IDP")}
	resp, err := d.begin(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(resp.Status)
}
