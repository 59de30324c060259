// Package verifierinurl puts the verifier itself in the authorization
// URL, where the browser, its history and the server's logs see it.
package verifierinurl

import (
	"context"
	"errors"

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

const (
	methodPlain = "plain"
	methodS256  = "S256"
)

// pkceOption picks the option for the upstream's advertised method; for
// "plain" it returns the verifier itself, which then travels in the
// authorization URL (the shape of a real identity broker's connector).
func pkceOption(verifier, method string) (oauth2.AuthCodeOption, error) {
	switch method {
	case methodPlain:
		return oauth2.VerifierOption(verifier), nil
	case methodS256:
		return oauth2.S256ChallengeOption(verifier), nil
	}
	return nil, errors.New("unknown code_challenge_method " + method)
}

type Connector struct {
	conf   *oauth2.Config
	method string
}

func (c *Connector) LoginURL(state, verifier string) (string, error) {
	var opts []oauth2.AuthCodeOption
	if c.method != "" {
		o, err := pkceOption(verifier, c.method) // want `code_verifier sent in the authorization request`
		if err != nil {
			return "", err
		}
		opts = append(opts, o)
	}
	return c.conf.AuthCodeURL(state, opts...), nil
}
