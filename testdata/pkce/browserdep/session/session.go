// Package session signs a desktop user in through a viewer method of
// another module that wraps github.com/pkg/browser: a native client.
package session

import (
	"golang.org/x/oauth2"

	"example.com/openkit/web"
)

type Session struct {
	cfg    oauth2.Config
	viewer *web.Viewer
}

func (s *Session) SignIn(state string) error {
	page := s.cfg.AuthCodeURL(state) // want `authorization code flow without PKCE in a native client: opens the authorization URL in the system browser with web.Show`
	return s.viewer.Show("Sign in", page)
}
