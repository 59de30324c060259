// Package kubeauth gets a token with oauth2cli from a library package (no
// main): the options slice is built in a variable, one without PKCE
// (reported, as a native client), one with it; options from a function
// of unknown content are unknown and silent.
package kubeauth

import (
	"context"

	"github.com/int128/oauth2cli"
	"golang.org/x/oauth2"
)

type Authenticator struct {
	Config oauth2.Config
	Bind   []string
}

func (a *Authenticator) Offline(ctx context.Context) (*oauth2.Token, error) {
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	c := oauth2cli.Config{OAuth2Config: a.Config, AuthCodeOptions: opts, LocalServerBindAddress: a.Bind}
	return oauth2cli.GetToken(ctx, c) // want `authorization code flow without PKCE in a native client: oauth2cli.GetToken is given AuthCodeOptions without oauth2.S256ChallengeOption.*runs the login with oauth2cli.GetToken, which serves it on a local listener`
}

func (a *Authenticator) WithPKCE(ctx context.Context, verifier string) (*oauth2.Token, error) {
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline, oauth2.S256ChallengeOption(verifier)}
	return oauth2cli.GetToken(ctx, oauth2cli.Config{
		OAuth2Config:        a.Config,
		AuthCodeOptions:     opts,
		TokenRequestOptions: []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)},
	})
}

func (a *Authenticator) Configured(ctx context.Context, extra func() []oauth2.AuthCodeOption) (*oauth2.Token, error) {
	return oauth2cli.GetToken(ctx, oauth2cli.Config{OAuth2Config: a.Config, AuthCodeOptions: extra()})
}
