// Package auth signs the user of a desktop app in. It opens the URL
// through whatever its caller gives it, so nothing here tells what kind
// of program it serves: the command that calls SignIn does (a Wails main
// package is a desktop app, a public client that must use PKCE).
package auth

import (
	"context"
	"os"

	"golang.org/x/oauth2"
)

// Flow signs users in.
type Flow struct {
	Config *oauth2.Config
	Open   func(url string) error
}

// New returns the flow of the configured provider.
func New(open func(string) error) *Flow {
	return &Flow{Open: open, Config: &oauth2.Config{
		ClientID:    os.Getenv("APP_CLIENT_ID"),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.com/oauth2/authorize", TokenURL: "https://id.example.com/oauth2/token"},
		RedirectURL: os.Getenv("APP_REDIRECT_URI"),
	}}
}

// SignIn starts the authorization code flow without PKCE.
func (f *Flow) SignIn(ctx context.Context) error {
	return f.start(ctx, "sign-in")
}

func (f *Flow) start(ctx context.Context, state string) error {
	return f.Open(f.Config.AuthCodeURL(state, oauth2.AccessTypeOffline))
}

// SignInSecurely starts it with PKCE.
func (f *Flow) SignInSecurely(ctx context.Context) (verifier string, err error) {
	verifier = oauth2.GenerateVerifier()
	return verifier, f.Open(f.Config.AuthCodeURL("sign-in", oauth2.S256ChallengeOption(verifier)))
}
