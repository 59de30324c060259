// Third-party loggers, a logging helper and a struct field that carries a
// token.
package loggers

import (
	"context"
	"fmt"
	"log"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"golang.org/x/oauth2"
)

type session struct {
	user   string
	bearer string
	exp    string
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
	Scope       string `json:"scope"`
}

func debugf(format string, args ...any) {
	log.Printf("[debug] "+format, args...)
}

func logTokens(ctx context.Context, ts oauth2.TokenSource, tr tokenResponse, logger zerolog.Logger) {
	tok, err := ts.Token()
	if err != nil {
		logrus.WithError(err).Error("token")
		return
	}
	logrus.WithField("expiry", tok.Expiry).Info("token refreshed")
	logrus.WithField("token", tok.AccessToken).Info("token refreshed")                       // want `access token written to a log: logrus.Entry.WithField logs the access token|access token written to a log: logrus.WithField logs the access token`
	logrus.WithFields(logrus.Fields{"user": "x", "rt": tok.RefreshToken}).Debug("refreshed") // want `refresh token written to a log`
	zlog.Info().Str("scope", tr.Scope).Int("expires_in", tr.ExpiresIn).Msg("token")
	zlog.Info().Str("token", tr.AccessToken).Msg("token") // want `access token written to a log: zerolog.Event.Str logs the access token`
	logger.Debug().Msgf("token %s", tok.AccessToken)      // want `access token written to a log: zerolog.Event.Msgf logs the access token`
	debugf("token is %s", tok.AccessToken)                // want `access token written to a log: debugf \(which calls log.Printf\) logs the access token`
	debugf("token expires %v", tok.Expiry)

	s := &session{user: "u", exp: tok.Expiry.String()}
	s.bearer = "Bearer " + tok.AccessToken
	log.Printf("session %s: %s", s.user, s.exp)
	log.Printf("session header %s", s.bearer) // want `access token written to a log`
	_ = fmt.Sprint(tok.AccessToken)
}

type redacted struct {
	AccessToken string `json:"access_token"`
}

func (redacted) String() string { return "redacted{…}" }

func logResponses(tr tokenResponse, r redacted) {
	log.Printf("token response: %+v", tr) // want `^token response written to a log: log.Printf logs a token response \(printed with its fields`
	log.Printf("token response: %v", r)
	log.Printf("expires in %d", tr.ExpiresIn)
}
