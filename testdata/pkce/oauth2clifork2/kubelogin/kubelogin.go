// Package kubelogin is oauth2clifork written differently: a credential
// plugin's library package (no main) over another copy of oauth2cli,
// whose options are built in a variable and whose config is a literal
// made from the plugin's fields. Without PKCE: reported, as a native
// client; with it: silent.
package kubelogin

import (
	"context"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/oauth2clifork2/third_party/oauth2cli"
)

type Plugin struct {
	oauth oauth2.Config
	bind  []string
}

func (p *Plugin) Login(ctx context.Context) (*oauth2.Token, error) {
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	return oauth2cli.GetToken(ctx, oauth2cli.Config{OAuth2Config: p.oauth, AuthCodeOptions: opts, LocalServerBindAddress: p.bind}) // want `authorization code flow without PKCE in a native client: oauth2cli.GetToken is given AuthCodeOptions without oauth2.S256ChallengeOption`
}

func (p *Plugin) LoginPKCE(ctx context.Context) (*oauth2.Token, error) {
	v := oauth2.GenerateVerifier()
	opts := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline, oauth2.S256ChallengeOption(v)}
	return oauth2cli.GetToken(ctx, oauth2cli.Config{
		OAuth2Config:        p.oauth,
		AuthCodeOptions:     opts,
		TokenRequestOptions: []oauth2.AuthCodeOption{oauth2.VerifierOption(v)},
	})
}
