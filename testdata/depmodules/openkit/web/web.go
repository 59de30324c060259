// Package web shows pages through github.com/pkg/browser, in a method.
package web

import "github.com/pkg/browser"

type Viewer struct{ Quiet bool }

// Show opens page in a browser window.
func (v *Viewer) Show(title, page string) error {
	if !v.Quiet {
		println(title)
	}
	return browser.OpenURL(page)
}
