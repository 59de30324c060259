// Package managertokens2 keeps its manager in an unexported field of a
// revocation service that only removes tokens with it (silent). An
// exported manager variable may be handed to an authorization server in
// another package, and keeps its finding.
package managertokens2

import (
	"context"

	"github.com/go-oauth2/oauth2/v4/manage"
)

type Revoker struct {
	m *manage.Manager
}

func NewRevoker() *Revoker {
	return &Revoker{m: manage.NewManager()}
}

func (r *Revoker) Revoke(ctx context.Context, access, refresh string) error {
	if err := r.m.RemoveAccessToken(ctx, access); err != nil {
		return err
	}
	return r.m.RemoveRefreshToken(ctx, refresh)
}

var Shared = manage.NewDefaultManager() // want `this authorization server does not compare redirect URIs exactly`

func Drop(ctx context.Context, access string) error {
	return Shared.RemoveAccessToken(ctx, access)
}
