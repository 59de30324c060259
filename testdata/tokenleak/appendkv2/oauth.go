// Package appendkv2: an slog wrapper whose Debug puts its component
// first and the caller's arguments after; a refresh token handed to it is
// logged, the token's expiry is not a secret.
package appendkv2

import (
	"context"
	"log/slog"

	"golang.org/x/oauth2"
)

type componentLog struct {
	name string
	s    *slog.Logger
}

func (c componentLog) Debug(msg string, args ...any) {
	c.s.Debug(msg, append([]any{"component", c.name}, args...)...)
}

var log = componentLog{name: "oauth", s: slog.Default()}

func Refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token) (*oauth2.Token, error) {
	tok, err := conf.TokenSource(ctx, old).Token()
	if err != nil {
		return nil, err
	}
	log.Debug("refreshed", "refresh", tok.RefreshToken) // want `refresh token written to a log`
	log.Debug("refreshed", "expires", tok.Expiry)
	return tok, nil
}
