// Package sdkiface provisions a realm through an interface of its own
// that only gocloak's client implements (for its tests' fakes): the
// admin login through it is gocloak's LoginAdmin, the password grant.
package sdkiface

import (
	"context"

	"github.com/Nerzal/gocloak/v13"
)

type keycloakAPI interface {
	LoginAdmin(ctx context.Context, username, password, realm string) (*gocloak.JWT, error)
	LoginClient(ctx context.Context, clientID, clientSecret, realm string, scopes ...string) (*gocloak.JWT, error)
	CreateRealm(ctx context.Context, token string, realm gocloak.RealmRepresentation) (string, error)
}

type Provisioner struct {
	api        keycloakAPI
	user, pass string
}

func NewProvisioner(kc *gocloak.GoCloak, user, pass string) *Provisioner {
	return &Provisioner{api: kc, user: user, pass: pass}
}

func (p *Provisioner) Realm(ctx context.Context, name string) error {
	tok, err := p.api.LoginAdmin(ctx, p.user, p.pass, "master") // want `resource owner password credentials grant \(from \(\*gocloak\.GoCloak\)\.LoginAdmin\)`
	if err != nil {
		return err
	}
	_, err = p.api.CreateRealm(ctx, tok.AccessToken, gocloak.RealmRepresentation{Realm: &name})
	return err
}

// Service logs in as the service account: client credentials, silent.
func (p *Provisioner) Service(ctx context.Context, id, secret string) (*gocloak.JWT, error) {
	return p.api.LoginClient(ctx, id, secret, "apps")
}
