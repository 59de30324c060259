// Package runtime is a stub of github.com/wailsapp/wails/v2/pkg/runtime v2.9.2.
package runtime

import "context"

// BrowserOpenURL uses the system default browser to open the url.
func BrowserOpenURL(ctx context.Context, url string) {}
