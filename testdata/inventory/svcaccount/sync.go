// Package svcaccount is the same machine flow written differently: a
// library type that keeps a token source made from a *clientcredentials.Config
// field, with the token URL from its caller.
package svcaccount

import (
	"context"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

type Syncer struct {
	creds *clientcredentials.Config
	src   oauth2.TokenSource
}

func New(id, secret, tokenURL string) *Syncer {
	s := &Syncer{creds: &clientcredentials.Config{ClientID: id, ClientSecret: secret, TokenURL: tokenURL}}
	s.src = s.creds.TokenSource(context.Background())
	return s
}

func (s *Syncer) Token() (*oauth2.Token, error) { return s.src.Token() }
