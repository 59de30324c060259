// Package sdkimport2 logs in to Keycloak as an administrator through an
// interface that names only gocloak's JWT; the one type of the gocloak
// package it imports that implements it is *gocloak.GoCloak, whose
// LoginAdmin sends the password grant. A second interface no SDK type
// implements is silent.
package sdkimport2

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

type adminLogin interface {
	LoginAdmin(ctx context.Context, username, password, realm string) (*gocloak.JWT, error)
}

type tokenMinter interface {
	Mint(ctx context.Context, subject string) (*gocloak.JWT, error)
}

type Provisioner struct {
	kc    adminLogin
	mint  tokenMinter
	realm string
}

func (p *Provisioner) Token(ctx context.Context, user, pass string) (string, error) {
	jwt, err := p.kc.LoginAdmin(ctx, user, pass, p.realm) // want `resource owner password credentials grant \(from \(\*gocloak.GoCloak\).LoginAdmin\)`
	if err != nil {
		return "", err
	}
	return jwt.AccessToken, nil
}

func (p *Provisioner) Service(ctx context.Context) (string, error) {
	jwt, err := p.mint.Mint(ctx, "svc")
	if err != nil {
		return "", err
	}
	return jwt.AccessToken, nil
}
