// A client that checks its own JWT access token: the audience is the
// resource server's, so no client ID check applies (silent). Its ID token
// is verified with the audience (silent).
package accesstoken

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type client struct {
	provider *oidc.Provider
	conf     oauth2.Config
}

func (c *client) verify(ctx context.Context, tok *oauth2.Token) error {
	at, ok := tok.Extra("access_token").(string)
	if !ok {
		return errors.New("no access_token")
	}
	v := c.provider.Verifier(&oidc.Config{SkipClientIDCheck: true})
	if _, err := v.Verify(ctx, at); err != nil {
		return err
	}
	raw, _ := tok.Extra("id_token").(string)
	_, err := c.provider.Verifier(&oidc.Config{ClientID: c.conf.ClientID}).Verify(ctx, raw)
	return err
}

func (c *client) verifyAccess(ctx context.Context, tok *oauth2.Token) (*oidc.IDToken, error) {
	return c.provider.Verifier(&oidc.Config{ClientID: "", SkipClientIDCheck: true}).Verify(ctx, tok.AccessToken)
}
