// Package kc wraps gocloak for the provisioning tool.
package kc

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

const realm = "shop"

type Admin struct {
	client *gocloak.GoCloak
	token  *gocloak.JWT
}

// Connect logs in as the realm administrator with a password.
func Connect(ctx context.Context, baseURL, user, password string) (*Admin, error) {
	client := gocloak.NewClient(baseURL)
	token, err := client.LoginAdmin(ctx, user, password, "master") // want `resource owner password credentials grant \(from \(\*gocloak\.GoCloak\)\.LoginAdmin\): \(\*gocloak\.GoCloak\)\.LoginAdmin always sends`
	if err != nil {
		return nil, err
	}
	return &Admin{client: client, token: token}, nil
}

// ConnectAsUser logs a user in with a one-time password as well.
func ConnectAsUser(ctx context.Context, c *gocloak.GoCloak, clientID, secret, user, password, otp string) (*gocloak.JWT, error) {
	if otp != "" {
		return c.LoginOtp(ctx, clientID, secret, realm, user, password, otp) // want `\(\*gocloak.GoCloak\).LoginOtp always sends grant_type=password`
	}
	return c.Login(ctx, clientID, secret, realm, user, password) // want `\(\*gocloak.GoCloak\).Login always sends grant_type=password`
}

// Token asks for a token with explicit options: the grant is the
// TokenOptions' GrantType, through gocloak.StringP.
func Token(ctx context.Context, c *gocloak.GoCloak, clientID, user, password string) (*gocloak.JWT, error) {
	return c.GetToken(ctx, realm, gocloak.TokenOptions{
		ClientID:  &clientID,
		GrantType: gocloak.StringP("password"), // want `resource owner password credentials grant \(grant_type=password\)`
		Username:  &user,
		Password:  &password,
	})
}

// TokenFor sets the grant through a local variable's address, as much
// gocloak code does: the only pointer to grantType is the one sent.
func TokenFor(ctx context.Context, c *gocloak.GoCloak, user, password string) (*gocloak.JWT, error) {
	grantType := "password"
	clientID := "admin-cli"
	return c.GetToken(ctx, "master", gocloak.TokenOptions{
		GrantType: &grantType, // want `resource owner password credentials grant \(grant_type=password\)`
		ClientID:  &clientID,
		Username:  &user,
		Password:  &password,
	})
}

// TokenRewritten changes the grant through a second pointer before
// sending it: the value sent is not the one assigned, and is not judged.
func TokenRewritten(ctx context.Context, c *gocloak.GoCloak, secret string) (*gocloak.JWT, error) {
	grant := "password"
	p := &grant
	*p = "client_credentials"
	return c.GetToken(ctx, realm, gocloak.TokenOptions{GrantType: &grant, ClientSecret: &secret})
}

// ServiceAccount is the tool's own identity: client credentials, fine.
func ServiceAccount(ctx context.Context, c *gocloak.GoCloak, clientID, secret string) (*gocloak.JWT, error) {
	if tok, err := c.LoginClient(ctx, clientID, secret, realm); err == nil {
		return tok, nil
	}
	return c.GetToken(ctx, realm, gocloak.TokenOptions{
		ClientID:     &clientID,
		ClientSecret: &secret,
		GrantType:    gocloak.StringP("client_credentials"),
	})
}

func (a *Admin) CreateUser(ctx context.Context, name string) (string, error) {
	return a.client.CreateUser(ctx, a.token.AccessToken, realm, gocloak.User{Username: gocloak.StringP(name)})
}
