// Package handedback2 is handedback written another way: the exported
// method checks the error first and returns the token it kept in a
// variable (silent).
package handedback2

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type SSO struct {
	oauth *oauth2.Config
	v     *oidc.IDTokenVerifier
}

var errNoIDToken = errors.New("no id_token")

func (s *SSO) LoginURL(state, nonce string) string {
	return s.oauth.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.AccessTypeOnline)
}

func (s *SSO) IDToken(ctx context.Context, tok *oauth2.Token) (*oidc.IDToken, error) {
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		return nil, errNoIDToken
	}
	idt, err := s.v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	return idt, nil
}
