package knowledge

// KeycloakAdmin is github.com/Nerzal/gocloak's admin API, checked against
// v13.9.0, v12.0.0, v11.2.0 and v10.0.1 (models.go, client.go): a gocloak.Client value
// passed to CreateClient or UpdateClient registers a client with the
// Keycloak realm, which is then the authorization server. Its *bool
// fields switch grants on for that client: ImplicitFlowEnabled the
// implicit grant, DirectAccessGrantsEnabled the resource owner password
// credentials grant ("direct access grants" in Keycloak's terms). A field
// left nil keeps what the realm decides (not in code: unknown).
// RedirectURIs (*[]string) are matched exactly, except one that ends with
// "*", which Keycloak matches as a prefix (RedirectUtils.verifyRedirectUri:
// "*" alone accepts every URI).
//
// A public client (PublicClient true; false when nil) must send a
// code_challenge only when its "pkce.code.challenge.method" attribute
// names a method (AuthorizationEndpointChecker: an absent or empty
// attribute means PKCE is not enforced). CreateClient's Keycloak sets the
// standard flow (authorization code) on when the representation leaves
// StandardFlowEnabled nil (JpaRealmProvider.addClient); BearerOnly true
// leaves the client no browser flow; Protocol nil is openid-connect. The
// attribute "plain" makes Keycloak require a plain challenge, the
// verifier itself, of that client, public or not. A realm's client
// policies (pkce-enforcer) can still require PKCE of
// every client; they are not in code, and Keycloak's realms have none by
// default.
var KeycloakAdmin = Server{
	Name:  "gocloak admin",
	Paths: []string{"github.com/Nerzal/gocloak/v13", "github.com/Nerzal/gocloak/v12", "github.com/Nerzal/gocloak/v11", "github.com/Nerzal/gocloak/v10"},
	Clients: []Client{{
		Type: Type{Name: "Client"},
		Flags: []Flag{
			{Field: "ImplicitFlowEnabled", Decision: Implicit},
			{Field: "DirectAccessGrantsEnabled", Decision: Password},
		},
		RedirectURIs:   "RedirectURIs",
		PrefixWildcard: "*",
		Public:         "PublicClient",
		PKCEAttribute: &PKCEAttribute{
			Map: "Attributes", Key: "pkce.code.challenge.method",
			CodeFlow: "StandardFlowEnabled", CodeFlowDefault: true,
			Off:      []string{"BearerOnly"},
			Protocol: "Protocol", Protocols: []string{"openid-connect"},
			Creates: []Func{{Recv: "GoCloak", Name: "CreateClient"}},
		},
		Advice: map[Decision]string{
			PKCEPublic:    `require PKCE from it: Attributes: &map[string]string{"pkce.code.challenge.method": "S256"}`,
			PlainPKCE:     `set "pkce.code.challenge.method" to "S256"`,
			LooseRedirect: "register each redirect URI in full, without a wildcard",
			Implicit:      "leave ImplicitFlowEnabled false and use the standard flow (authorization code) with PKCE",
			Password:      "leave DirectAccessGrantsEnabled false and sign users in with the standard flow (authorization code); a service account (client credentials) for machine access",
		},
	}},
}
