// Package fakeprovider is a test double of an OAuth provider, shipped in
// a non-test file so that other packages' tests can use it: its URLs are
// on names reserved for examples (RFC 2606), which no real server has.
// A real plain-http endpoint beside it is still reported.
package fakeprovider

import (
	"context"

	"golang.org/x/oauth2"
)

// Provider pretends to be an identity provider; it is used only in tests.
type Provider struct {
	Config *oauth2.Config
}

// New returns the fake provider's client configuration.
func New(clientID, secret string) *Provider {
	return &Provider{Config: &oauth2.Config{
		ClientID:     clientID,
		ClientSecret: secret,
		RedirectURL:  "http://example.com/callback",
		Endpoint: oauth2.Endpoint{
			AuthURL:  "http://example.com/auth",
			TokenURL: "http://www.example.org/token",
		},
	}}
}

// Staging is not a placeholder: a real host reached over plain http.
var Staging = oauth2.Endpoint{
	AuthURL:  "https://staging.wingtip-toys.com/authorize",
	TokenURL: "http://staging.wingtip-toys.com/token", // want `token endpoint over plain http to staging.wingtip-toys.com`
}

func (p *Provider) Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return p.Config.Exchange(ctx, code)
}
