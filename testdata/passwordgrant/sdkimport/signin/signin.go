// Package signin signs users in with their e-mail and password through
// an interface of its own over the Auth0 SDK's OAuth API (to mock it in
// tests); the program hands it the SDK's *authentication.OAuth, the one
// type of the SDK's packages it imports that implements the interface.
package signin

import (
	"context"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

type passwordLogin interface {
	LoginWithPassword(ctx context.Context, body oauth.LoginWithPasswordRequest, v oauth.IDTokenValidationOptions, opts ...authentication.RequestOption) (*oauth.TokenSet, error)
}

type Service struct{ api passwordLogin }

func New(api passwordLogin) *Service { return &Service{api: api} }

func (s *Service) SignIn(ctx context.Context, email, password string) (*oauth.TokenSet, error) {
	return s.api.LoginWithPassword(ctx, oauth.LoginWithPasswordRequest{Username: email, Password: password}, oauth.IDTokenValidationOptions{}) // want `resource owner password credentials grant \(from \(\*authentication.OAuth\).LoginWithPassword\)`
}
