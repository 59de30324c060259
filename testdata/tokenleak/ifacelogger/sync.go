// Package ifacelogger logs through a logger interface of its own: the
// token's record written with %+v is reported, its expiry is not.
package ifacelogger

import (
	"context"

	"golang.org/x/oauth2/clientcredentials"
)

type logger interface {
	Debugf(format string, args ...any)
	Infof(format string, args ...any)
}

type Syncer struct {
	cc  *clientcredentials.Config
	log logger
}

func (s *Syncer) Run(ctx context.Context) error {
	tok, err := s.cc.Token(ctx)
	if err != nil {
		return err
	}
	s.log.Debugf("got token %+v", tok) // want `written to a log`
	s.log.Infof("token valid until %s", tok.Expiry)
	return nil
}
