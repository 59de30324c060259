// Package app logs through a framework's logger interface, a method of
// which it gets from the request context (reported); a format string
// helper that returns the text it builds is no log (silent).
package app

import (
	"fmt"

	"example.com/fixtures/tokenleak/otherlogger2/weblog"
	"golang.org/x/oauth2"
)

type printer struct{}

// Printf formats for a caller that decides where the text goes.
func (printer) Printf(format string, args ...interface{}) string { return fmt.Sprintf(format, args...) }

func onToken(c weblog.Context, tok *oauth2.Token) string {
	c.Logger().WithField("category", "oauth2").Debugf("token: %+v", tok) // want `oauth2.Token written to a log: weblog.Logger.Debugf logs the oauth2.Token`
	c.Logger().Warnf("token expires %s", tok.Expiry)
	return printer{}.Printf("%s", tok.AccessToken)
}
