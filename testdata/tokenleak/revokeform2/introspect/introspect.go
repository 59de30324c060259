// Package introspect asks the authorization server whether a token is
// active (RFC 7662) and logs the request it sends.
package introspect

import (
	"log/slog"
	"net/http"
	"net/url"
)

type Client struct {
	Endpoint string
	HTTP     *http.Client
}

func (c *Client) Active(raw string) (bool, error) {
	q := url.Values{"token": {raw}, "token_type_hint": {"access_token"}}
	slog.Debug("introspecting", "form", q.Encode()) // want `revocation or introspection request written to a log`
	resp, err := c.HTTP.PostForm(c.Endpoint, q)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	slog.Debug("introspection answered", "status", resp.StatusCode)
	return resp.StatusCode == http.StatusOK, nil
}
