// Package usecase signs users in.
package usecase

import (
	"context"

	"example.com/fixtures/oauthstate/ifacechain2/adapter"
)

type SignIn struct{ IDP *adapter.Client }

// Complete finishes a sign-in with the code the provider sent back.
func (s SignIn) Complete(ctx context.Context, code string) (string, error) {
	return s.IDP.AccessToken(ctx, code)
}
