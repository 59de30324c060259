package knowledge

// KeycloakAdmin is github.com/Nerzal/gocloak's admin API, checked against
// v13.9.0 and v10.0.1 (models.go, client.go): a gocloak.Client value
// passed to CreateClient or UpdateClient registers a client with the
// Keycloak realm, which is then the authorization server. Its *bool
// fields switch grants on for that client: ImplicitFlowEnabled the
// implicit grant, DirectAccessGrantsEnabled the resource owner password
// credentials grant ("direct access grants" in Keycloak's terms). A field
// left nil keeps what the realm decides (not in code: unknown).
// RedirectURIs (*[]string) are matched exactly, except one that ends with
// "*", which Keycloak matches as a prefix (RedirectUtils.verifyRedirectUri:
// "*" alone accepts every URI).
var KeycloakAdmin = Server{
	Name:  "gocloak admin",
	Paths: []string{"github.com/Nerzal/gocloak/v13", "github.com/Nerzal/gocloak/v10"},
	Clients: []Client{{
		Type: Type{Name: "Client"},
		Flags: []Flag{
			{Field: "ImplicitFlowEnabled", Decision: Implicit},
			{Field: "DirectAccessGrantsEnabled", Decision: Password},
		},
		RedirectURIs:   "RedirectURIs",
		PrefixWildcard: "*",
		Advice: map[Decision]string{
			LooseRedirect: "register each redirect URI in full, without a wildcard",
			Implicit:      "leave ImplicitFlowEnabled false and use the standard flow (authorization code) with PKCE",
			Password:      "leave DirectAccessGrantsEnabled false and sign users in with the standard flow (authorization code); a service account (client credentials) for machine access",
		},
	}},
}
