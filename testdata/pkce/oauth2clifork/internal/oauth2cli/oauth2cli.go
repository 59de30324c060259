// Package oauth2cli is an in-repo copy of github.com/int128/oauth2cli
// (v1.17.0, oauth2cli.go), as projects keep a fork under their own
// import path: the declarations the fixtures use, with the release's
// signatures. The copy's GetToken behaves as the original's: PKCE only
// when the caller puts S256ChallengeOption in AuthCodeOptions.
package oauth2cli

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type Config struct {
	OAuth2Config            oauth2.Config
	AuthCodeOptions         []oauth2.AuthCodeOption
	TokenRequestOptions     []oauth2.AuthCodeOption
	State                   string
	RedirectURLHostname     string
	LocalServerBindAddress  []string
	LocalServerCertFile     string
	LocalServerKeyFile      string
	LocalServerCallbackPath string
	LocalServerSuccessHTML  string
	LocalServerMiddleware   func(h http.Handler) http.Handler
	LocalServerReadyChan    chan<- string
	SuccessRedirectURL      string
	FailureRedirectURL      string
}

func GetToken(ctx context.Context, cfg Config) (*oauth2.Token, error) {
	if cfg.LocalServerReadyChan != nil {
		cfg.LocalServerReadyChan <- cfg.OAuth2Config.AuthCodeURL(cfg.State, cfg.AuthCodeOptions...)
	}
	return cfg.OAuth2Config.Exchange(ctx, "", cfg.TokenRequestOptions...)
}
