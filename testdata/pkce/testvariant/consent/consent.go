// Package consent is a library that builds the consent URL for whatever
// program uses it: its client kind is unknown, so PKCE is asked for only
// with -pkce.confidential. Its test (consent_test.go) drives the flow from
// the terminal; that makes the test a console program, not this package.
package consent

import "golang.org/x/oauth2"

// Flow is one login.
type Flow struct {
	Config *oauth2.Config
	State  string
}

// Start returns where to send the user.
func (f *Flow) Start() string {
	u := f.Config.AuthCodeURL(f.State, oauth2.AccessTypeOffline)
	f.State = ""
	return trimmed(u)
}

func trimmed(u string) string { return u }
