package skipverify2

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Client struct {
	http *http.Client
}

func Refresh(refreshToken string) error {
	hc := newHTTPClient()
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("refresh_token", refreshToken)
	req, err := http.NewRequest(http.MethodPost, "https://idp.internal/token", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at client.go:15 and the client is used here via the client of a token request`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Provider(ctx context.Context) (*oidc.Provider, error) {
	ctx = oidc.ClientContext(ctx, newHTTPClient()) // want `InsecureSkipVerify is set at client.go:15 and the client is used here via oidc.ClientContext`
	return oidc.NewProvider(ctx, "https://idp.internal")
}
