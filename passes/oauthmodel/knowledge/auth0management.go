package knowledge

// Auth0Management is github.com/auth0/go-auth0's Management API client,
// checked against v1.47.0 (management/client.go): a management.Client
// value passed to ClientManager.Create or Update registers an
// application with the Auth0 tenant, which is then the authorization
// server. GrantTypes (*[]string) lists the grants the application may
// use, "implicit" and "password" (or Auth0's password-realm grant)
// among them; AppType (*string) is its kind, "spa" and "native" being
// public clients; TokenEndpointAuthMethod (*string) is "none" for a
// public client, "client_secret_post" or "client_secret_basic" for one
// that authenticates with a secret, which Auth0 then lets redeem codes
// without PKCE. v2 replaced these types with generated ones: not
// modelled.
var Auth0Management = Server{
	Name:  "go-auth0 management",
	Paths: []string{"github.com/auth0/go-auth0/management"},
	Clients: []Client{{
		Type: Type{Name: "Client"},
		Advice: map[Decision]string{
			Implicit:   "register the application with the authorization_code grant (and refresh_token) instead of implicit",
			Password:   "register the application without the password grant; sign users in with the authorization code flow",
			PKCEPublic: `set TokenEndpointAuthMethod to "none" and use the authorization code flow with PKCE`,
		},
		GrantTypes:        "GrantTypes",
		AppType:           "AppType",
		PublicAppTypes:    []string{"spa", "native"},
		AuthMethod:        "TokenEndpointAuthMethod",
		PublicAuthMethods: []string{"none"},
	}},
}
