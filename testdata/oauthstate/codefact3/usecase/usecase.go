// Package usecase signs users in with the provider's token.
package usecase

import (
	"context"

	"example.com/fixtures/oauthstate/codefact3/provider"
)

type Service struct{ P *provider.GitLab }

func (s *Service) SignIn(ctx context.Context, authCode string) (string, error) {
	tok, err := s.P.Redeem(ctx, authCode)
	if err != nil {
		return "", err
	}
	return tok.Extra("email").(string), nil
}
