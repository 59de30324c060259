// Package open has a browser opener and one that only records the URL
// (for a headless server): which one runs is not known, so the
// interface's method carries no browser fact.
package open

import (
	"log"

	"github.com/pkg/browser"
)

type URLHandler interface {
	Handle(u string) error
}

type Browser struct{}

func (Browser) Handle(u string) error { return browser.OpenURL(u) }

type Recorder struct{ Seen []string }

func (r *Recorder) Handle(u string) error {
	r.Seen = append(r.Seen, u)
	log.Printf("login link recorded")
	return nil
}
