// Package positionalfield keeps the access token in a session record
// built with a positional literal, and logs the record's token field
// (reported) and its user (silent).
package positionalfield

import (
	"context"
	"log"

	"golang.org/x/oauth2/clientcredentials"
)

type session struct {
	user  string
	token string
}

func Start(ctx context.Context, cc *clientcredentials.Config) (*session, error) {
	tok, err := cc.Token(ctx)
	if err != nil {
		return nil, err
	}
	s := &session{"svc-sync", tok.AccessToken}
	log.Printf("session for %s", s.user)
	log.Printf("session token %s", s.token) // want `access token written to a log`
	return s, nil
}
