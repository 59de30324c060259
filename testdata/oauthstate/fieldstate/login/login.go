// Package login is a command's login session: the state is drawn once, with
// a math/rand helper of another package, kept in an unexported field and
// read back where the authorization URL is built and where the callback
// compares it.
package login

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/fieldstate/randx"
)

type Session struct {
	conf  oauth2.Config
	nonce string
	csrf  string
	done  chan string
}

func New(conf oauth2.Config) *Session {
	s := &Session{conf: conf, done: make(chan string, 1)}
	s.csrf = randx.Letters(32)
	return s
}

func (s Session) URL() string {
	return s.conf.AuthCodeURL(s.csrf, oauth2.AccessTypeOffline) // want `predictable OAuth state: the state comes from math/rand.Intn in randx.Letters, kept in the field csrf`
}

func (s *Session) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != s.csrf {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	s.done <- r.FormValue("code")
}

// Reset forgets the state once the login is over: the empty string is one
// more weak value, the field stays predictable.
func (s *Session) Reset() { s.csrf = "" }
