// Package sdkifacefake calls Keycloak through an interface that a type
// of its own implements too (an offline mode that never sends the user's
// password anywhere): which one runs is not known here, silent.
package sdkifacefake

import (
	"context"
	"errors"

	"github.com/Nerzal/gocloak/v13"
)

type admin interface {
	LoginAdmin(ctx context.Context, username, password, realm string) (*gocloak.JWT, error)
}

type offline struct{ token string }

func (o offline) LoginAdmin(context.Context, string, string, string) (*gocloak.JWT, error) {
	if o.token == "" {
		return nil, errors.New("offline: no token")
	}
	return &gocloak.JWT{AccessToken: o.token}, nil
}

type Tool struct{ kc admin }

func New(kc *gocloak.GoCloak, offlineToken string) *Tool {
	if offlineToken != "" {
		return &Tool{kc: offline{token: offlineToken}}
	}
	return &Tool{kc: kc}
}

func (t *Tool) Token(ctx context.Context, user, pass string) (string, error) {
	jwt, err := t.kc.LoginAdmin(ctx, user, pass, "master")
	if err != nil {
		return "", err
	}
	return jwt.AccessToken, nil
}
