// A desktop helper that signs in through the loginkit module, whose
// requests are built in an internal package behind a public wrapper.
package main

import (
	"log"

	"github.com/pkg/browser"

	"example.com/loginkit/kit"
)

type session struct {
	provider kit.Provider
	redirect string
}

func (s *session) openLogin() error {
	return browser.OpenURL(s.provider.BrowserURL(s.redirect)) // want `authorization URL from \(kit\.Provider\)\.BrowserURL carries no PKCE challenge in a command-line client: opens the authorization URL in the`
}

func main() {
	s := &session{
		provider: kit.Provider{AuthURL: "https://login.example.org/authorize", TokenURL: "https://login.example.org/token", ClientID: "desk"},
		redirect: "http://127.0.0.1:9000/cb",
	}
	if err := s.openLogin(); err != nil {
		log.Fatal(err)
	}
}
