// Command optfunc2 is optfunc written differently: the option list comes
// from a method with two results, through a local variable, and the
// helper returns a literal on one path and an appended variable on the
// other; the PKCE variant keeps the challenge in every returned list.
package main

import (
	"errors"
	"fmt"

	"golang.org/x/oauth2"
)

type authorizer struct {
	cfg      *oauth2.Config
	audience string
	verifier string
}

func (a *authorizer) options() (list []oauth2.AuthCodeOption, err error) {
	if a.cfg == nil {
		return nil, errors.New("no config")
	}
	if a.audience == "" {
		return []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}, nil
	}
	base := []oauth2.AuthCodeOption{oauth2.AccessTypeOffline}
	base = append(base, oauth2.SetAuthURLParam("audience", a.audience))
	return base, nil
}

func (a *authorizer) pkceOptions() ([]oauth2.AuthCodeOption, error) {
	if a.verifier == "" {
		return nil, errors.New("no verifier")
	}
	if a.audience == "" {
		return []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(a.verifier)}, nil
	}
	return []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(a.verifier), oauth2.SetAuthURLParam("audience", a.audience)}, nil
}

func (a *authorizer) start(state string) error {
	opts, err := a.options()
	if err != nil {
		return err
	}
	fmt.Printf("Open this link, then paste the code here:\n%s\n", a.cfg.AuthCodeURL(state, opts...)) // want `authorization code flow without PKCE in a command-line client`
	var code string
	_, err = fmt.Scanln(&code)
	return err
}

func (a *authorizer) startPKCE(state string) error {
	opts, err := a.pkceOptions()
	if err != nil {
		return err
	}
	fmt.Printf("Open this link, then paste the code here:\n%s\n", a.cfg.AuthCodeURL(state, opts...))
	var code string
	_, err = fmt.Scanln(&code)
	return err
}
