// Package store looks up the tokens a go-oauth2 server issued.
package store

import (
	"context"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
)

// Lookup returns the token info for a refresh token.
func Lookup(ctx context.Context, m *manage.Manager, refresh string) (oauth2.TokenInfo, error) {
	return m.LoadRefreshToken(ctx, refresh)
}
