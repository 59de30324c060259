// Package accesstoken2 verifies the ID token with its client ID, then
// reuses the verifier variable for a second verifier, built from a
// configuration held in a variable, that checks only the JWT access
// token without the audience (silent: the access token's audience is the
// API). The twin hands the ID token to the verifier without the
// audience check (reported).
package accesstoken2

import (
	"context"
	"errors"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type session struct {
	p        *oidc.Provider
	clientID string
	now      func() time.Time
}

func (s *session) check(ctx context.Context, t *oauth2.Token, nonce string) error {
	raw, ok := t.Extra("id_token").(string)
	if !ok {
		return errors.New("no id_token")
	}
	idConf := &oidc.Config{ClientID: s.clientID, Now: s.now}
	ver := s.p.Verifier(idConf)
	id, err := ver.Verify(ctx, raw)
	if err != nil {
		return err
	}
	if nonce != "" && id.Nonce != nonce {
		return errors.New("nonce mismatch")
	}
	if t.AccessToken != "" {
		atConf := &oidc.Config{Now: s.now, SkipClientIDCheck: true}
		ver = s.p.Verifier(atConf)
		if _, err := ver.Verify(ctx, t.AccessToken); err != nil {
			return err
		}
	}
	return nil
}

func (s *session) checkLoose(ctx context.Context, t *oauth2.Token) error {
	raw, _ := t.Extra("id_token").(string)
	conf := &oidc.Config{Now: s.now, SkipClientIDCheck: true} // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
	ver := s.p.Verifier(conf)
	if _, err := ver.Verify(ctx, t.AccessToken); err != nil {
		return err
	}
	_, err := ver.Verify(ctx, raw)
	return err
}
