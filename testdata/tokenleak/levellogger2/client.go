// Package levellogger2 has a logger type whose Warn method takes a
// format and prints to standard error: the refresh token it is handed is
// reported, as printed to standard error. A leveled logger of another
// package (applog.Std.Error) that it hands the access token is reported
// as a log.
package levellogger2

import (
	"fmt"
	"os"

	"example.com/fixtures/tokenleak/levellogger2/applog"
	"golang.org/x/oauth2"
)

type Logger struct{ prefix string }

func (l *Logger) Warn(format string, args ...any) {
	fmt.Fprintf(os.Stderr, l.prefix+format+"\n", args...)
}

func Renew(l *Logger, ts oauth2.TokenSource) {
	tok, err := ts.Token()
	if err != nil {
		l.Warn("renew failed: %v", err)
		return
	}
	l.Warn("renewed, refresh token now %s", tok.RefreshToken) // want `refresh token printed to standard error`
	applog.Std.Error("renewed with %s", tok.AccessToken)      // want `access token written to a log: applog.L.Error logs the access token`
}
