// Package webaudit is a web app that records an audit event for each
// login it starts: the event's Action "open" beside the authorization URL
// is a word, not a browser launcher, so the app is not taken for a native
// one and its public listener is not a callback listener.
package webaudit

import (
	"crypto/rand"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

type Event struct {
	Action string
	Target string
}

func record(e Event) { log.Printf("audit: %s %s", e.Action, e.Target) }

var conf = oauth2.Config{
	ClientID:    "portal",
	RedirectURL: "https://portal.wingtip-toys.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://sso.wingtip-toys.com/authorize", TokenURL: "https://sso.wingtip-toys.com/token"},
}

// LoginURL starts a login and records it.
func LoginURL(verifier string) string {
	u := conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(verifier))
	record(Event{Action: "open", Target: u})
	return u
}

func Serve(h http.Handler) error {
	return http.ListenAndServe(":8080", h)
}
