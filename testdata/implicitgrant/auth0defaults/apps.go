// Package auth0defaults creates Auth0 applications from a command's
// flags; when no grant is given, a helper picks the kind's defaults, and
// those of the browser and native kinds include the implicit grant.
package auth0defaults

import (
	"context"
	"strings"

	"github.com/auth0/go-auth0"
	"github.com/auth0/go-auth0/management"
)

type createInputs struct {
	Name   string
	Kind   string
	Grants []string
}

func defaultGrants(kind string) *[]string {
	switch strings.ToLower(kind) {
	case "spa", "native":
		return &[]string{"implicit", "authorization_code", "refresh_token"}
	case "m2m":
		return &[]string{"client_credentials"}
	}
	return nil
}

func machineGrants() *[]string {
	return &[]string{"client_credentials"}
}

func createApp(ctx context.Context, api *management.Management, in createInputs) error {
	app := &management.Client{Name: &in.Name, AppType: auth0.String(in.Kind)}
	if len(in.Grants) > 0 {
		app.GrantTypes = &in.Grants // the user's choice: unknown
	} else {
		app.GrantTypes = defaultGrants(in.Kind) // want `client registration asks for the implicit grant: its GrantTypes include "implicit"`
	}
	return api.Client.Create(ctx, app)
}

func createWorker(ctx context.Context, api *management.Management, name string) error {
	app := &management.Client{Name: &name, AppType: auth0.String("non_interactive")}
	app.GrantTypes = machineGrants()
	return api.Client.Create(ctx, app)
}
