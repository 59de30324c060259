// Package hostport reduces a URI to its host and port. Nothing here
// compares anything.
package hostport

import (
	"net/url"
	"strings"
)

// Of returns "host:port" of raw, with the scheme's default port; a value
// that does not parse is returned as it came.
func Of(raw string) string {
	s := strings.TrimSpace(raw)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	port := u.Port()
	if port == "" {
		port = "443"
	}
	return u.Hostname() + ":" + port
}

// Split returns the host and the port of raw; "localhost", "80" when it
// does not parse.
func Split(raw string) (string, string) {
	u, err := url.Parse(raw)
	if err != nil {
		return "localhost", "80"
	}
	return u.Hostname(), u.Port()
}
