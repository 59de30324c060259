// Package idp wraps the admin API of an ORY Hydra server for its login
// app: the login challenge is looked up, and accepted, through Hydra.
package idp

import (
	"context"

	hydra "github.com/ory/hydra-client-go/v2"
)

// Provider is the login app's view of Hydra.
type Provider interface {
	LoginRequest(challenge string) (string, error)
	AcceptLogin(ctx context.Context, challenge, subject string) (string, error)
}

type admin struct{ api *hydra.APIClient }

// New returns the Hydra provider at the admin URL.
func New(adminURL string) Provider {
	cfg := hydra.NewConfiguration()
	cfg.Servers = hydra.ServerConfigurations{{URL: adminURL}}
	return &admin{api: hydra.NewAPIClient(cfg)}
}

func (a *admin) LoginRequest(challenge string) (string, error) {
	req, _, err := a.api.OAuth2API.GetOAuth2LoginRequest(context.Background()).LoginChallenge(challenge).Execute()
	if err != nil {
		return "", err
	}
	return req.Challenge, nil
}

func (a *admin) AcceptLogin(ctx context.Context, challenge, subject string) (string, error) {
	done, _, err := a.api.OAuth2API.AcceptOAuth2LoginRequest(ctx).LoginChallenge(challenge).
		AcceptOAuth2LoginRequest(*hydra.NewAcceptOAuth2LoginRequest(subject)).Execute()
	if err != nil {
		return "", err
	}
	return done.RedirectTo, nil
}
