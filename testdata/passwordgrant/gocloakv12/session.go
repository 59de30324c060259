// Package gocloakv12 signs users in with gocloak v12, whose NewClient
// returns *GoCloak: a one-time password does not make the password grant
// another grant.
package gocloakv12

import (
	"context"

	"github.com/Nerzal/gocloak/v12"
)

func SignIn(ctx context.Context, base, realm, user, password, otp string) (string, error) {
	kc := gocloak.NewClient(base)
	tok, err := kc.LoginOtp(ctx, "portal", "", realm, user, password, otp) // want `resource owner password credentials grant \(from \(\*gocloak\.GoCloak\)\.LoginOtp\)`
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

// The service account and a refresh: silent.
func Service(ctx context.Context, base, realm, secret, refresh string) (*gocloak.JWT, error) {
	kc := gocloak.NewClient(base)
	if refresh != "" {
		return kc.RefreshToken(ctx, refresh, "worker", secret, realm)
	}
	return kc.LoginClient(ctx, "worker", secret, realm)
}
