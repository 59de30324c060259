// Package fositeclients holds the clients an identity provider built on
// fosite registers in code; the server is composed in another package.
// The mobile app's registration asks for the password grant.
package fositeclients

import "github.com/ory/fosite"

var hash = []byte(`$2a$10$IxMdI6d.LIRZPpSfEwNoeu4rY3FhDREsxFJXikcgdRRAStxUlsuEO`)

func Clients() map[string]fosite.Client {
	return map[string]fosite.Client{
		"mobile": &fosite.DefaultClient{
			ID:         "mobile",
			Secret:     hash,
			GrantTypes: fosite.Arguments{"password", "refresh_token"}, // want `client registration asks for the password grant: its GrantTypes include "password"`
			Scopes:     []string{"offline", "profile"},
		},
		"reports": &fosite.DefaultClient{
			ID:         "reports",
			Secret:     hash,
			GrantTypes: []string{"client_credentials"},
		},
		"web": &fosite.DefaultClient{
			ID:            "web",
			Secret:        hash,
			RedirectURIs:  []string{"https://app.example.com/cb"},
			ResponseTypes: []string{"code"},
		},
	}
}
