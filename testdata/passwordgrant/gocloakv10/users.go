// Package gocloakv10 is a user service written against gocloak v10, whose
// NewClient returns the GoCloak interface: the methods are the
// interface's, and mean the same as v13's.
package gocloakv10

import (
	"context"

	"github.com/Nerzal/gocloak/v10"
)

type Users struct {
	kc       gocloak.GoCloak
	clientID string
	secret   string
	realm    string
}

func NewUsers(baseURL, clientID, secret, realm string) *Users {
	return &Users{kc: gocloak.NewClient(baseURL), clientID: clientID, secret: secret, realm: realm}
}

// SignIn forwards the user's password to Keycloak.
func (u *Users) SignIn(ctx context.Context, user, password string) (*gocloak.JWT, error) {
	return u.kc.Login(ctx, u.clientID, u.secret, u.realm, user, password) // want `resource owner password credentials grant \(from \(gocloak\.GoCloak\)\.Login\): \(gocloak\.GoCloak\)\.Login always sends grant_type=password; the`
}

// Service is the service account: client credentials.
func (u *Users) Service(ctx context.Context) (*gocloak.JWT, error) {
	return u.kc.LoginClient(ctx, u.clientID, u.secret, u.realm)
}
