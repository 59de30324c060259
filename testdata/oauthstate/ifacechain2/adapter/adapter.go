// Package adapter talks to the identity provider.
package adapter

import (
	"context"

	"golang.org/x/oauth2"
)

type tokenSource interface {
	trade(ctx context.Context, authCode string) (string, error)
}

type idp struct{ cfg oauth2.Config }

func (i idp) trade(ctx context.Context, authCode string) (string, error) {
	t, err := i.cfg.Exchange(ctx, authCode)
	if err != nil {
		return "", err
	}
	return t.AccessToken, nil
}

// Client is the adapter the use cases hold.
type Client struct{ src tokenSource }

func NewClient(cfg oauth2.Config) *Client { return &Client{src: idp{cfg: cfg}} }

// AccessToken trades an authorization code for an access token.
func (c *Client) AccessToken(ctx context.Context, authCode string) (string, error) {
	return c.src.trade(ctx, authCode)
}
