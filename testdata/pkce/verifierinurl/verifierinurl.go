// Package verifierinurl puts the verifier itself in the authorization
// URL, where the browser, its history and the server's logs see it.
package verifierinurl

import (
	"context"

	"golang.org/x/oauth2"
)

type Flow struct {
	conf     *oauth2.Config
	verifier string
}

func (f *Flow) Start(state string) string {
	f.verifier = oauth2.GenerateVerifier()
	return f.conf.AuthCodeURL(state, oauth2.VerifierOption(f.verifier)) // want `code_verifier sent in the authorization request: the secret that PKCE relies on travels through the browser`
}

func (f *Flow) Finish(ctx context.Context, code string) (*oauth2.Token, error) {
	return f.conf.Exchange(ctx, code, oauth2.VerifierOption(f.verifier))
}

// Plain sends the verifier by name.
func Plain(conf *oauth2.Config, state, verifier string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("code_verifier", verifier)) // want `code_verifier sent in the authorization request`
}
