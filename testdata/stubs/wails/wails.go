// Package wails is a stub of github.com/wailsapp/wails/v2 v2.9.2.
package wails

import "github.com/wailsapp/wails/v2/pkg/options"

// Run creates an application based on the given config and executes it.
func Run(appOptions *options.App) error { return nil }
