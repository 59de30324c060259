// Package authz builds authorization URLs whose response type the
// caller picks from a small enumeration.
package authz

import "golang.org/x/oauth2"

// Flow is an OAuth response_type.
type Flow string

const (
	Implicit Flow = "token"
	Code     Flow = "code"
	Hybrid   Flow = "code id_token"
)

var Portal = oauth2.Config{
	ClientID:    "portal",
	RedirectURL: "https://portal.example.org/oauth/done",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.org/authorize", TokenURL: "https://idp.example.org/token"},
}

// URL returns the authorization URL for flow f.
func URL(state string, f Flow) string {
	opt := oauth2.SetAuthURLParam("response_type", string(f))
	return Portal.AuthCodeURL(state, opt)
}
