// Package login redeems codes for the web package.
package login

import (
	"context"

	"golang.org/x/oauth2"
)

type Service struct {
	Conf *oauth2.Config
}

// Complete redeems the code of a finished login.
func (s *Service) Complete(ctx context.Context, code string) (*oauth2.Token, error) {
	return s.Conf.Exchange(ctx, code)
}
