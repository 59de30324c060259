// Package auth0login is the login service of a web shop on Auth0: its
// "sign in" form posts the user's password to the backend, which logs in
// with go-auth0's resource owner password grant. The client-credentials
// call for the shop's own API and the refresh are fine.
package auth0login

import (
	"context"
	"net/http"
	"os"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

type Service struct {
	auth     *authentication.Authentication
	audience string
	realm    string // from configuration
}

func New(ctx context.Context) (*Service, error) {
	a, err := authentication.New(ctx, os.Getenv("AUTH0_DOMAIN"),
		authentication.WithClientID(os.Getenv("AUTH0_CLIENT_ID")),
		authentication.WithClientSecret(os.Getenv("AUTH0_CLIENT_SECRET")))
	if err != nil {
		return nil, err
	}
	return &Service{auth: a, audience: "https://api.shop.example", realm: os.Getenv("AUTH0_CONNECTION")}, nil
}

// SignIn handles the shop's own password form.
func (s *Service) SignIn(w http.ResponseWriter, r *http.Request) {
	tokens, err := s.auth.OAuth.LoginWithPassword(r.Context(), oauth.LoginWithPasswordRequest{ // want `resource owner password credentials grant \(from \(\*authentication\.OAuth\)\.LoginWithPassword\): \(\*authentication\.OAuth\)\.LoginWithPassword sends`
		Username: r.PostFormValue("email"),
		Password: r.PostFormValue("password"),
		Audience: s.audience,
		Scope:    "openid profile offline_access",
	}, oauth.IDTokenValidationOptions{})
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tokens.AccessToken, HttpOnly: true, Secure: true})
}

// SignInToConnection names a database connection: Auth0's password-realm
// grant, the same password grant under another name.
func (s *Service) SignInToConnection(ctx context.Context, user, password string) (*oauth.TokenSet, error) {
	return s.auth.OAuth.LoginWithPassword(ctx, oauth.LoginWithPasswordRequest{ // want `resource owner password credentials grant \(from \(\*authentication\.OAuth\)\.LoginWithPassword\): \(\*authentication\.OAuth\)\.LoginWithPassword sends`
		Username: user,
		Password: password,
		Realm:    s.realm,
	}, oauth.IDTokenValidationOptions{})
}

// SignInToDatabase names the connection as a constant.
func (s *Service) SignInToDatabase(ctx context.Context, req oauth.LoginWithPasswordRequest) (*oauth.TokenSet, error) {
	req.Realm = "Username-Password-Authentication"
	return s.auth.OAuth.LoginWithPassword(ctx, req, oauth.IDTokenValidationOptions{}) // want `resource owner password credentials grant \(from \(\*authentication\.OAuth\)\.LoginWithPassword\): \(\*authentication\.OAuth\)\.LoginWithPassword sends`
}

// ServiceToken is the shop's machine-to-machine token: client credentials.
func (s *Service) ServiceToken(ctx context.Context) (*oauth.TokenSet, error) {
	return s.auth.OAuth.LoginWithClientCredentials(ctx, oauth.LoginWithClientCredentialsRequest{Audience: s.audience}, oauth.IDTokenValidationOptions{})
}

// Refresh renews a session.
func (s *Service) Refresh(ctx context.Context, refreshToken string) (*oauth.TokenSet, error) {
	return s.auth.OAuth.RefreshToken(ctx, oauth.RefreshTokenRequest{RefreshToken: refreshToken}, oauth.IDTokenValidationOptions{})
}
