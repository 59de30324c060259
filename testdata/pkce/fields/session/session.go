// Package session keeps the authorization URL in a field of its session
// and opens it in the system browser from another method.
package session

import (
	"os"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

// Session is one desktop sign-in.
type Session struct {
	conf     *oauth2.Config
	link     string
	safeLink string
	verifier string
}

// New prepares a session.
func New() *Session {
	s := &Session{conf: &oauth2.Config{
		ClientID:    "session-desktop",
		RedirectURL: os.Getenv("REDIRECT_URL"),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://sso.example.org/auth", TokenURL: "https://sso.example.org/token"},
	}}
	s.verifier = oauth2.GenerateVerifier()
	s.link = s.conf.AuthCodeURL("state")
	s.safeLink = s.conf.AuthCodeURL("state", oauth2.S256ChallengeOption(s.verifier))
	return s
}

// Open shows the sign-in page.
func (s *Session) Open() error {
	return browser.OpenURL(s.link) // want `authorization URL in field Session\.link carries no PKCE challenge in a native client: opens the authorization URL in the system browser`
}

// OpenSafe shows the sign-in page of the PKCE login.
func (s *Session) OpenSafe() error {
	return browser.OpenURL(s.safeLink)
}
