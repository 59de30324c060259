// Package launch wraps github.com/pkg/browser in a method that takes the
// URL as its second parameter.
package launch

import (
	"context"
	"log/slog"

	"github.com/pkg/browser"
)

type Launcher struct {
	Logger *slog.Logger
}

// Visit opens target in the system browser.
func (l *Launcher) Visit(ctx context.Context, target string) error {
	l.Logger.InfoContext(ctx, "opening browser")
	return l.open(target)
}

func (l *Launcher) open(target string) error { return browser.OpenURL(target) }
