// Package login hands its authorization URL to an open.URLHandler, which
// may be a browser or a recorder kept by a web server: nothing says this
// is a native client (silent).
package login

import (
	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browseriface/mixed/open"
)

func Start(h open.URLHandler, cfg *oauth2.Config, st string) error {
	return h.Handle(cfg.AuthCodeURL(st))
}
