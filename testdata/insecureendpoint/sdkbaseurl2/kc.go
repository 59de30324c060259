// Package sdkbaseurl2 builds its gocloak client's base URL from
// constants, in a constructor of its own: the plain-http host is still
// known and reported.
package sdkbaseurl2

import (
	"context"

	"github.com/Nerzal/gocloak/v11"
)

const (
	kcHost = "10.20.0.15"
	kcPort = "8080"
)

type Auth struct{ kc gocloak.GoCloak }

func New() *Auth {
	return &Auth{kc: gocloak.NewClient("http://" + kcHost + ":" + kcPort)} // want `token endpoint over plain http to 10.20.0.15:8080`
}

func (a *Auth) Login(ctx context.Context, user, pass string) (string, error) {
	tok, err := a.kc.Login(ctx, "portal", "", "staff", user, pass)
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}
