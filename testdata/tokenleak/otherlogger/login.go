// Package otherlogger logs through its own logging package: a
// printf-style level function with no result writes a log (reported).
// The error its Errorf makes is not a log (silent).
package otherlogger

import (
	"context"

	"example.com/fixtures/tokenleak/otherlogger/applog"
	"golang.org/x/oauth2"
)

func finish(ctx context.Context, conf *oauth2.Config, code, verifier string) error {
	tok, err := conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		return applog.Errorf("exchange failed for token %s", code)
	}
	applog.Infof("signed in, expires %s", tok.Expiry)
	applog.Debugf("signed in with %s", tok.AccessToken) // want `access token written to a log: applog.Debugf logs the access token`
	if tok.RefreshToken == "" {
		return applog.Errorf("no refresh token in %v", tok.AccessToken)
	}
	return nil
}
