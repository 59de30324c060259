// Package accounts signs users in: Login wraps Exchange, an exported
// method of the same type, which redeems the code.
package accounts

import (
	"context"

	"golang.org/x/oauth2"
)

type Accounts struct {
	conf *oauth2.Config
}

// Exchange redeems an authorization code.
func (a *Accounts) Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return a.conf.Exchange(ctx, code)
}

// Login redeems the code and returns the session's name.
func (a *Accounts) Login(ctx context.Context, code string) (string, error) {
	tok, err := a.Exchange(ctx, code)
	if err != nil {
		return "", err
	}
	return tok.Type(), nil
}
