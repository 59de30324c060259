// Package login runs the authorization code flow for the web layer: it
// keeps each login's state in a key-value store of the program's own
// interface, and checks the callback's state by taking it back.
package login

import (
	"context"
	"errors"

	"golang.org/x/oauth2"
)

// KV is where the service keeps short-lived records (Redis in
// production).
type KV interface {
	Put(ctx context.Context, key string, val []byte) error
	Take(ctx context.Context, key string) ([]byte, error)
}

// Flow is the port the handlers use.
type Flow interface {
	Begin(ctx context.Context) (string, error)
	Complete(ctx context.Context, code, state string) (*oauth2.Token, error)
}

type service struct {
	conf *oauth2.Config
	kv   KV
}

func New(conf *oauth2.Config, kv KV) Flow { return &service{conf: conf, kv: kv} }

func (s *service) Begin(ctx context.Context) (string, error) {
	state := oauth2.GenerateVerifier()
	if err := s.kv.Put(ctx, "login/"+state, []byte("1")); err != nil {
		return "", err
	}
	return s.conf.AuthCodeURL(state), nil
}

func (s *service) Complete(ctx context.Context, code, state string) (*oauth2.Token, error) {
	if _, err := s.kv.Take(ctx, "login/"+state); err != nil {
		return nil, errors.New("unknown or expired login")
	}
	return s.conf.Exchange(ctx, code)
}
