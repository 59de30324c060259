// Package cli hands the authorization URL to helpers of another package
// that open no browser (a clipboard copy, a command of the user's choice):
// nothing says what kind of client this is, so it is silent.
package cli

import (
	"os"

	"golang.org/x/oauth2"

	"example.com/fixtures/pkce/browserwrap/notopened/clip"
	"example.com/fixtures/pkce/browserwrap/sysopen"
)

func Start(conf *oauth2.Config, state string) error {
	if err := clip.Copy(conf.AuthCodeURL(state)); err != nil {
		return err
	}
	if err := clip.Launch(os.Getenv("OPENER"), conf.AuthCodeURL(state)); err != nil {
		return err
	}
	return sysopen.Run(os.Getenv("BROWSER"), conf.AuthCodeURL(state))
}
