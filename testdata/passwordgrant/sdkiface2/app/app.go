// Package app wires the login package to go-auth0.
package app

import (
	"context"
	"net/http"

	"github.com/auth0/go-auth0/authentication"

	"example.com/fixtures/passwordgrant/sdkiface2/login"
)

func Routes(ctx context.Context, domain string) (http.Handler, error) {
	a, err := authentication.New(ctx, domain)
	if err != nil {
		return nil, err
	}
	return login.Wire(a.OAuth), nil
}
