// Package droppedlogger2 is droppedlogger written differently: a logrus
// entry and a zerolog event built with the access token, neither ever
// written (no Info, no Msg). Silent; the zerolog event that is sent is
// reported.
package droppedlogger2

import (
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"golang.org/x/oauth2"
)

type Session struct {
	tok *oauth2.Token
	log *logrus.Logger
	z   zerolog.Logger
}

func (s *Session) Touch() {
	s.log.WithField("access_token", s.tok.AccessToken)
	ev := s.z.Debug()
	ev.Str("refresh", s.tok.RefreshToken)
	s.log.Info("session touched")
}

func (s *Session) Renewed() {
	s.z.Info().Str("refresh", s.tok.RefreshToken).Msg("renewed") // want `refresh token written to a log`
}
