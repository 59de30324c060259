// Package fyne is a stub of fyne.io/fyne/v2 v2.5.2.
package fyne

import "net/url"

// App is the definition of a graphical application (a subset of v2.5.2's methods).
type App interface {
	NewWindow(title string) Window
	OpenURL(url *url.URL) error
	Run()
}

// Window is an application window (a subset of v2.5.2's methods).
type Window interface {
	ShowAndRun()
}
