// Package gocloakv5 uses gocloak v5.5.0, whose methods take no context:
// an admin login with the master realm's user and password.
package gocloakv5

import "github.com/Nerzal/gocloak/v5"

func AdminToken(base, user, pass string) (string, error) {
	tok, err := gocloak.NewClient(base).LoginAdmin(user, pass, "master") // want `resource owner password credentials grant \(from \(gocloak\.GoCloak\)\.LoginAdmin\)`
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}

func ServiceToken(base string) (string, error) {
	tok, err := gocloak.NewClient(base).LoginClient("svc", "svc-secret", "apps")
	if err != nil {
		return "", err
	}
	return tok.AccessToken, nil
}
