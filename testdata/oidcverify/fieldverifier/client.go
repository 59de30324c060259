// Package fieldverifier keeps two verifiers in its client: one for ID
// tokens, with the client ID checked, and one for the JWT access and
// refresh tokens the client receives, whose audience is the resource
// server (silent). The console keeps a verifier without the client ID
// check and uses it on ID tokens, through a helper (reported).
package fieldverifier

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type rpClient struct {
	ctx      context.Context
	idCheck  *oidc.IDTokenVerifier
	jwtCheck *oidc.IDTokenVerifier
	conf     oauth2.Config
}

func newRPClient(ctx context.Context, issuer, clientID string) (*rpClient, error) {
	p, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, err
	}
	return &rpClient{
		ctx:     ctx,
		idCheck: p.Verifier(&oidc.Config{ClientID: clientID}),
		jwtCheck: p.Verifier(&oidc.Config{
			ClientID:          clientID,
			SkipClientIDCheck: true,
		}),
		conf: oauth2.Config{ClientID: clientID, Endpoint: p.Endpoint(), Scopes: []string{oidc.ScopeOpenID}},
	}, nil
}

func (c *rpClient) finish(code, verifier string) error {
	tok, err := c.conf.Exchange(c.ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return err
	}
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		return errors.New("no id_token")
	}
	if _, err := c.idCheck.Verify(c.ctx, raw); err != nil {
		return err
	}
	if _, err := c.checkAccess(tok.AccessToken); err != nil {
		return err
	}
	_, err = c.checkRefresh(tok.RefreshToken)
	return err
}

func (c *rpClient) checkAccess(at string) (*oidc.IDToken, error)  { return c.checkJWT(at, "access") }
func (c *rpClient) checkRefresh(rt string) (*oidc.IDToken, error) { return c.checkJWT(rt, "refresh") }

func (c *rpClient) checkJWT(raw, kind string) (*oidc.IDToken, error) {
	return c.jwtCheck.Verify(c.ctx, raw)
}

// console verifies ID tokens with a verifier that skips the audience.
type console struct {
	ctx   context.Context
	loose *oidc.IDTokenVerifier
	oauth oauth2.Config
}

func newConsole(ctx context.Context, p *oidc.Provider) *console {
	return &console{
		ctx:   ctx,
		loose: p.Verifier(&oidc.Config{SkipClientIDCheck: true}), // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
		oauth: oauth2.Config{Endpoint: p.Endpoint(), Scopes: []string{oidc.ScopeOpenID}},
	}
}

func (c *console) signIn(code string) error {
	tok, err := c.oauth.Exchange(c.ctx, code)
	if err != nil {
		return err
	}
	idt, _ := tok.Extra("id_token").(string)
	_, err = c.check(idt)
	return err
}

func (c *console) check(raw string) (*oidc.IDToken, error) { return c.loose.Verify(c.ctx, raw) }
