// Package desktoplogin signs a desktop user in through a loopback redirect
// (a native app: PKCE is required). Its test stands up a fake
// authorization server that redirects, which tells nothing about this
// package: the finding is the production package's, reported once.
package desktoplogin

import (
	"context"

	"golang.org/x/oauth2"
)

var endpoint = oauth2.Endpoint{AuthURL: "https://login.example.net/authorize", TokenURL: "https://login.example.net/token"}

// Login builds the URL for the user's browser.
func Login(ctx context.Context, clientID string) (string, *oauth2.Config) {
	conf := &oauth2.Config{ClientID: clientID, Endpoint: endpoint, RedirectURL: "http://127.0.0.1:47111/done"}
	return conf.AuthCodeURL("st8"), conf // want `authorization code flow without PKCE in a native client: redirects to a loopback address`
}
