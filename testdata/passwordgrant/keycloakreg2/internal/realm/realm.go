// Package realm builds the Keycloak client representations of a
// deployment (gocloak v10), with a generic pointer helper of its own.
package realm

import "github.com/Nerzal/gocloak/v10"

func ref[T any](v T) *T {
	out := new(T)
	*out = v
	return out
}

var yes = ref[bool]

const directGrants = true

// MobileApp is the phone application's registration: its login screen
// posts the user's password to the token endpoint.
func MobileApp(id string) gocloak.Client {
	c := gocloak.Client{
		ClientID:     &id,
		PublicClient: yes(true),
	}
	c.StandardFlowEnabled = yes(true)
	return gocloak.Client{
		ClientID:                  c.ClientID,
		PublicClient:              c.PublicClient,
		DirectAccessGrantsEnabled: ref(directGrants), // want `client registration asks for the password grant: its DirectAccessGrantsEnabled is true`
	}
}

// Dashboard uses the standard flow only.
func Dashboard(id string) gocloak.Client {
	return gocloak.Client{
		ClientID:                  &id,
		DirectAccessGrantsEnabled: ref(!directGrants),
	}
}
