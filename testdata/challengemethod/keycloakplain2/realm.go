// Package keycloakplain2 provisions a confidential client (gocloak v12)
// through a helper, with its attributes in a variable: the method applies
// to confidential clients as well.
package keycloakplain2

import (
	"context"

	"github.com/Nerzal/gocloak/v12"
)

const methodAttr = "pkce.code.challenge.method"

type realm struct {
	kc    *gocloak.GoCloak
	token string
	name  string
}

func (r realm) create(ctx context.Context, c gocloak.Client) (string, error) {
	return r.kc.CreateClient(ctx, r.token, r.name, c)
}

func (r realm) Provision(ctx context.Context, secret string, method string) error {
	legacy := map[string]string{methodAttr: "plain"}
	portal := gocloak.Client{
		ClientID:            gocloak.StringP("portal"),
		Secret:              &secret,
		StandardFlowEnabled: gocloak.BoolP(true),
		Attributes:          &legacy, // want `client registered to use plain PKCE: its Attributes set "pkce.code.challenge.method" to "plain", and its StandardFlowEnabled is true`
	}
	if _, err := r.create(ctx, portal); err != nil {
		return err
	}
	// The method from the caller: unknown, silent.
	chosen := map[string]string{methodAttr: method}
	_, err := r.create(ctx, gocloak.Client{ClientID: gocloak.StringP("other"), Attributes: &chosen})
	return err
}
