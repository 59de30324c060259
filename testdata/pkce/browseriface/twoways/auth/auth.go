// Package auth builds the authorization URL of a desktop app and hands it
// to the launcher in its options (reported: no PKCE in a native client).
package auth

import (
	"context"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browseriface/twoways/launch"
)

type Options struct {
	Launcher launch.Launcher
	Config   *oauth2.Config
	State    string
}

func Begin(ctx context.Context, o Options) error {
	consent := o.Config.AuthCodeURL(o.State, oauth2.AccessTypeOffline) // want `without PKCE in a native client: opens the authorization URL in the system browser with launch.Launch`
	if err := o.Launcher.Launch(ctx, consent); err != nil {
		return err
	}
	return nil
}
