// Package web is escapedtoken written differently: the refresh token,
// kept in another package's struct, goes path-escaped into a link built
// with fmt.Sprintf.
package web

import (
	"fmt"
	"net/url"

	"example.com/fixtures/tokenleak/escapedtoken2/session"
)

func ResumeLink(base string, l *session.Login) string {
	rt := url.PathEscape(l.Token.RefreshToken)
	return fmt.Sprintf("%s/resume?rt=%s&user=%s", base, rt, url.QueryEscape(l.User)) // want `refresh token in a URL query`
}

// ProfileLink escapes the user's name only: silent.
func ProfileLink(base string, l *session.Login) string {
	return fmt.Sprintf("%s/profile?user=%s", base, url.PathEscape(l.User))
}
