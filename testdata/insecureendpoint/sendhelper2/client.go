// The second shape: the token request made with a context goes through
// two layers of the package (execute, then roundTrip) to a client made by
// a constructor of the package with verification off.
package sendhelper2

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
)

func lenientClient() *http.Client {
	tr := &http.Transport{}
	tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func roundTrip(r *http.Request) (*http.Response, error) {
	return lenientClient().Do(r)
}

func execute(ctx context.Context, r *http.Request, into any) error {
	res, err := roundTrip(r.WithContext(ctx))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(into)
}

type grant struct {
	Access  string `json:"access_token"`
	Refresh string `json:"refresh_token"`
}

// Refresh renews a grant with its refresh token.
func Refresh(ctx context.Context, tokenURL, clientID, refresh string) (*grant, error) {
	vals := url.Values{}
	vals.Add("grant_type", "refresh_token")
	vals.Add("refresh_token", refresh)
	vals.Add("client_id", clientID)
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(vals.Encode()))
	if err != nil {
		return nil, err
	}
	var g grant
	if err := execute(ctx, r, &g); err != nil { // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at client.go:18 and the client is used here via the client of a token request`
		return nil, err
	}
	return &g, nil
}
