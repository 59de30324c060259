// Package options is a stub of github.com/wailsapp/wails/v2/pkg/options v2.9.2.
package options

import "context"

// App contains options for creating the App (a subset of v2.9.2's fields).
type App struct {
	Title     string
	Width     int
	Height    int
	OnStartup func(ctx context.Context)
	Bind      []interface{}
}
