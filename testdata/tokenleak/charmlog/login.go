// Package charmlog logs with charmbracelet/log's key-value levels: the
// access token passed as a value is logged (reported); its expiry is
// not a secret (silent).
package charmlog

import (
	"context"

	"github.com/charmbracelet/log"
	"golang.org/x/oauth2"
)

func finish(ctx context.Context, conf *oauth2.Config, code, verifier string) error {
	tok, err := conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
	if err != nil {
		log.Error("exchange failed", "err", err)
		return err
	}
	log.Info("signed in", "expires", tok.Expiry)
	logger := log.Default().With("component", "auth")
	logger.Debug("token", "access", tok.AccessToken) // want `access token written to a log`
	return nil
}
