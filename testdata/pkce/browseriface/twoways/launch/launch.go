// Package launch has two kinds of launcher behind one interface, an
// unexported type that runs xdg-open (value receiver) and one that runs
// macOS's open: both open the URL, the second parameter of Launch, so
// Launcher.Launch opens a browser.
package launch

import (
	"context"
	"os/exec"
)

type Namer interface{ Name() string }

type Launcher interface {
	Namer
	Launch(ctx context.Context, target string) error
}

type xdg struct{}

func (xdg) Name() string { return "xdg-open" }

func (xdg) Launch(ctx context.Context, target string) error {
	return exec.CommandContext(ctx, "xdg-open", target).Start()
}

type Mac struct{ Background bool }

func (Mac) Name() string { return "open" }

func (m Mac) Launch(ctx context.Context, target string) error {
	args := []string{target}
	if m.Background {
		args = []string{"-g", target}
	}
	return exec.CommandContext(ctx, "open", args...).Start()
}

func Default() Launcher { return xdg{} }
