// Package authz returns parsed authorization URLs whose response type
// the caller picks.
package authz

import (
	"net/url"

	"golang.org/x/oauth2"
)

var Conf = oauth2.Config{
	ClientID:    "portal",
	RedirectURL: "https://portal.example.org/oauth/done",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
}

// Begin returns the authorization URL for response type rt, parsed.
func Begin(rt, state string) (*url.URL, error) {
	raw := Conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", rt))
	return url.Parse(raw)
}
