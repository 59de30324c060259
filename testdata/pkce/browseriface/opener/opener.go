// Package opener hides the system browser behind an interface, for its
// callers' tests: its one implementation opens the URL with
// github.com/pkg/browser, so a call of Opener.Open opens a browser.
package opener

import "github.com/pkg/browser"

type Opener interface {
	Open(url string) error
}

type System struct{}

var _ Opener = (*System)(nil)

func New() *System { return &System{} }

func (*System) Open(url string) error { return browser.OpenURL(url) }
