// Package idp is an identity provider client whose Token method picks
// the grant from its options: the password grant when a user name is
// given, client credentials otherwise. Its callers decide (see ../cmd);
// Ambient, whose environment decides, is reported here.
package idp

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"strings"
)

type TokenOptions struct {
	Username string
	Password string
	Scope    string
}

type Client struct {
	Endpoint string
	ID       string
	Secret   string
	HTTP     *http.Client
}

func (c *Client) post(ctx context.Context, body url.Values) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, strings.NewReader(body.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(c.ID, c.Secret)
	return c.HTTP.Do(req)
}

// Token requests a token with the grant the options call for.
func (c *Client) Token(ctx context.Context, opts TokenOptions) (*http.Response, error) {
	body := url.Values{}
	if opts.Scope != "" {
		body.Set("scope", opts.Scope)
	}
	if opts.Username != "" {
		body.Set("grant_type", "password")
		body.Set("username", opts.Username)
		body.Set("password", opts.Password)
	} else {
		body.Set("grant_type", "client_credentials")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Endpoint, strings.NewReader(body.Encode()))
	if err != nil {
		return nil, err
	}
	return c.HTTP.Do(req)
}

// Ambient lets the environment choose: not the caller, so the password
// path is reported here.
func (c *Client) Ambient(ctx context.Context) (*http.Response, error) {
	form := url.Values{"client_id": {c.ID}}
	if user := os.Getenv("IDP_USER"); user != "" {
		form.Set("grant_type", "password") // want `resource owner password credentials grant \(grant_type=password when user != ""\)`
		form.Set("username", user)
		form.Set("password", os.Getenv("IDP_PASSWORD"))
	} else {
		form.Set("grant_type", "client_credentials")
	}
	return c.post(ctx, form)
}
