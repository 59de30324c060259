// Package droppedlogger refreshes a token and means to log the change,
// but only builds a logger with the tokens (slog's With) and drops it:
// nothing is written, silent. The logger kept and used is reported.
package droppedlogger

import (
	"context"
	"log/slog"

	"golang.org/x/oauth2"
)

func Refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token, logger *slog.Logger) (*oauth2.Token, error) {
	fresh, err := conf.TokenSource(ctx, old).Token()
	if err != nil {
		return nil, err
	}
	logger.With("old_token", old, "new_token", fresh)
	return fresh, nil
}

func RefreshLogged(ctx context.Context, conf *oauth2.Config, old *oauth2.Token, logger *slog.Logger) (*oauth2.Token, error) {
	fresh, err := conf.TokenSource(ctx, old).Token()
	if err != nil {
		return nil, err
	}
	l := logger.With("new_token", fresh) // want `oauth2.Token written to a log`
	l.Info("token refreshed")
	return fresh, nil
}
