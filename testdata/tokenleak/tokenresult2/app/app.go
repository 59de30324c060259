// Package app renews its refresh token in a loop and logs it (reported
// where only the renewal reaches the log call); what it logs of the
// expiry is silent, and so is the token inside the loop, where the
// variable may hold an earlier value.
package app

import (
	"log/slog"
	"time"

	"example.com/fixtures/tokenleak/tokenresult2/idp"
)

func KeepAlive(c *idp.Client, start string) {
	next, expires, err := c.Renew(start)
	if err != nil {
		slog.Error("renewal failed", "err", err)
		return
	}
	slog.Info("renewed", "refresh", next, "expires_in", expires) // want `refresh token written to a log`
	cur := start
	for range 3 {
		slog.Debug("renewing", "from", len(cur))
		cur, _, err = c.Renew(cur)
		if err != nil {
			return
		}
		time.Sleep(time.Minute)
	}
}
