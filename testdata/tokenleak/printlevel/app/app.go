// Package app refreshes a token and logs through logx's Print-shaped
// levels: the token reported, its type not.
package app

import (
	"context"

	"golang.org/x/oauth2"

	"example.com/fixtures/tokenleak/printlevel/logx"
)

func Refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token) (*oauth2.Token, error) {
	fresh, err := conf.TokenSource(ctx, old).Token()
	if err != nil {
		logx.Error("refresh failed:", err)
		return nil, err
	}
	if fresh.AccessToken != old.AccessToken {
		logx.Info("rotated access token", fresh.AccessToken) // want `access token written to a log`
	}
	logx.Info("token type", fresh.TokenType)
	return fresh, nil
}
