package knowledge

// Fosite is github.com/ory/fosite (facts from v0.49.0: compose/compose.go,
// config_default.go, handler/pkce/handler.go, client.go).
var Fosite = Server{
	Name: "fosite",
	// Forks keep the API under their own path (an identity provider's
	// vendored ".../fosite"): matched by Shape.
	Paths: []string{"github.com/ory/fosite"},
	Shape: Shape{Type: "Config", Fields: []string{"EnforcePKCE", "EnforcePKCEForPublicClients", "EnablePKCEPlainChallengeMethod"}},
	Anchors: []Anchor{
		{
			// ComposeAllEnabled(config, storage, key) composes every
			// factory: implicit, ROPC, OIDC implicit and hybrid, PKCE.
			Func: Func{Pkg: "compose", Name: "ComposeAllEnabled"}, Config: 0, Factories: -1,
			Defaults: []Default{
				{Decision: Implicit, Status: Allowed, Why: "compose.ComposeAllEnabled registers fosite's implicit and hybrid factories (response types token, id_token token, code token)"},
				{Decision: Password, Status: Allowed, Why: "compose.ComposeAllEnabled registers fosite's resource owner password credentials factory"},
				{Decision: CodeGrant, Status: Allowed, Why: "compose.ComposeAllEnabled registers fosite's authorization code factory"},
			},
		},
		{Func: Func{Pkg: "compose", Name: "Compose"}, Config: 0, Factories: 3},
	},
	Fields: []Field{
		{Type: Type{Name: "Config"}, Name: "EnforcePKCE", Decision: PKCEAll, IfTrue: Forbidden, Add: true},
		{Type: Type{Name: "Config"}, Name: "EnforcePKCEForPublicClients", Decision: PKCEPublic, IfTrue: Forbidden, Add: true},
		{Type: Type{Name: "Config"}, Name: "EnablePKCEPlainChallengeMethod", Decision: PlainPKCE, IfTrue: Allowed, Remove: true},
		// Releases before v0.42 (checked: v0.36.0, compose/config.go)
		// kept these fields in compose.Config.
		{Type: Type{Pkg: "compose", Name: "Config"}, Name: "EnforcePKCE", Decision: PKCEAll, IfTrue: Forbidden, Add: true},
		{Type: Type{Pkg: "compose", Name: "Config"}, Name: "EnforcePKCEForPublicClients", Decision: PKCEPublic, IfTrue: Forbidden, Add: true},
		// Before EnforcePKCEForPublicClients (v0.29.2 compose/config.go),
		// EnforcePKCE was the public clients' switch.
		{Type: Type{Pkg: "compose", Name: "Config"}, Name: "EnforcePKCE", Decision: PKCEPublic, IfTrue: Forbidden, Add: true, Without: "EnforcePKCEForPublicClients"},
		{Type: Type{Pkg: "compose", Name: "Config"}, Name: "EnablePKCEPlainChallengeMethod", Decision: PlainPKCE, IfTrue: Allowed, Remove: true},
	},
	Factories: []Factory{
		{Func: Func{Pkg: "compose", Name: "OAuth2AuthorizeExplicitFactory"}, Code: true},
		{Func: Func{Pkg: "compose", Name: "OpenIDConnectExplicitFactory"}, Code: true},
		{Func: Func{Pkg: "compose", Name: "OAuth2AuthorizeImplicitFactory"}, Allows: []Decision{Implicit}},
		{Func: Func{Pkg: "compose", Name: "OpenIDConnectImplicitFactory"}, Allows: []Decision{Implicit}},
		{Func: Func{Pkg: "compose", Name: "OpenIDConnectHybridFactory"}, Allows: []Decision{Implicit}, Code: true},
		{Func: Func{Pkg: "compose", Name: "OAuth2ResourceOwnerPasswordCredentialsFactory"}, Allows: []Decision{Password}},
		{Func: Func{Pkg: "compose", Name: "OAuth2PKCEFactory"}, Guards: []Decision{PKCEPublic, PKCEAll, PlainPKCE}},
	},
	Advice: map[Decision]string{
		Implicit:   "compose only the factories you use (compose.OAuth2AuthorizeExplicitFactory, compose.OAuth2PKCEFactory, …) and no implicit or hybrid factory",
		Password:   "compose only the factories you use, without compose.OAuth2ResourceOwnerPasswordCredentialsFactory",
		PKCEPublic: "compose compose.OAuth2PKCEFactory and set EnforcePKCEForPublicClients: true (or EnforcePKCE: true) in fosite.Config",
		PKCEAll:    "compose compose.OAuth2PKCEFactory (where it is not) and set EnforcePKCE: true in fosite.Config",
		PlainPKCE:  "leave EnablePKCEPlainChallengeMethod false so that only S256 is accepted",
	},
	// client.go: Client.IsPublic; a client that is not public must
	// authenticate at the token endpoint (client_authentication.go).
	PublicMethod: &PublicMethod{Iface: Type{Name: "Client"}, Method: "IsPublic"},
	// storage/memory.go: NewExampleStore's clients ("my-client",
	// "encoded:client"; v0.49.0 adds "custom-lifespan-client") all have
	// secrets and none is Public (v0.29.2 and v0.49.0 alike).
	ConfidentialStores: []Func{{Pkg: "storage", Name: "NewExampleStore"}},
	Clients: []Client{{
		Type:          Type{Name: "DefaultClient"},
		ResponseTypes: "ResponseTypes", GrantTypes: "GrantTypes",
		// DefaultClient.GetResponseTypes/GetGrantTypes when empty.
		DefaultResponseTypes: []string{"code"},
		DefaultGrantTypes:    []string{"authorization_code"},
		Public:               "Public",
		Advice: map[Decision]string{
			Implicit: `list only "code" in ResponseTypes and drop "implicit" from GrantTypes`,
			Password: `drop "password" from GrantTypes and sign users in with the authorization code flow`,
		},
	}},
}
