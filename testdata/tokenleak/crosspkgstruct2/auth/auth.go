// Package auth is a client of the identity provider.
package auth

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

type Grant struct {
	Access  string `json:"access_token"`
	Refresh string `json:"refresh_token"`
	Kind    string `json:"token_type"`
}

type Client struct {
	HTTP       *http.Client
	URL        string
	ID, Secret string
}

// Machine obtains a grant with the client's own credentials.
func (c *Client) Machine(ctx context.Context) (*Grant, error) {
	body := url.Values{"grant_type": {"client_credentials"}, "client_id": {c.ID}, "client_secret": {c.Secret}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, strings.NewReader(body.Encode()))
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	g := new(Grant)
	return g, json.NewDecoder(res.Body).Decode(g)
}
