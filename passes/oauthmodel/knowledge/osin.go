package knowledge

// Osin is github.com/openshift/osin and the original
// github.com/RangelReale/osin (facts from openshift/osin v1.0.1:
// config.go, server.go, authorize.go, urivalidate.go, client.go).
var Osin = Server{
	Name:  "osin",
	Paths: []string{"github.com/openshift/osin", "github.com/RangelReale/osin"},
	Shape: Shape{Type: "ServerConfig", Fields: []string{"AllowedAuthorizeTypes", "AllowedAccessTypes"}},
	Anchors: []Anchor{
		{
			Func: Func{Name: "NewServerConfig"}, Config: -1, Factories: -1, Builds: true,
			Defaults: []Default{
				{Decision: Implicit, Status: Forbidden, Why: "osin.NewServerConfig allows only the code response type"},
				{Decision: Password, Status: Forbidden, Why: "osin.NewServerConfig allows only the authorization_code grant"},
				// Releases before PKCE support (RangelReale/osin before
				// 2016, vendored by older programs) have no CodeChallenge
				// in AuthorizeRequest: no client can use PKCE there.
				{Decision: PKCEPublic, Status: Allowed, Why: "osin.NewServerConfig leaves RequirePKCEForPublicClients false",
					Field: "CodeChallenge", Missing: "this osin release has no PKCE support at all (its AuthorizeRequest has no CodeChallenge)", MissingStatus: Allowed,
					MissingAdvice: "move to an osin release that verifies code_challenge (github.com/openshift/osin v1.0.1) and set RequirePKCEForPublicClients: true in osin.ServerConfig"},
				{Decision: CodeGrant, Status: Allowed, Why: "osin.NewServerConfig allows the authorization_code grant"},
				{Decision: TokenByGet, Status: Forbidden, Why: "osin.NewServerConfig leaves AllowGetAccessRequest false"},
			},
		},
		{
			// NewServer always validates redirects with ValidateUriList:
			// same host, but any path below the registered one.
			// A literal &osin.Server{Config: cfg, Storage: …} is the
			// same server: NewServer only fills those fields.
			Func: Func{Name: "NewServer"}, Config: 0, Factories: -1, Lit: "Server", LitConfig: "Config", Serves: true,
			Defaults: []Default{
				{Decision: LooseRedirect, Status: Allowed, Why: "osin validates redirect URIs with osin.ValidateUri, which accepts any path below the client's registered path"},
				// authorize.go: a challenge without a method is taken as
				// plain, and plain is accepted; no ServerConfig field
				// turns it off (RangelReale/osin v1.0.1, openshift/osin).
				{Decision: PlainPKCE, Status: Allowed, Checked: "code_challenge_method",
					Why:   "osin accepts code_challenge_method=plain, and takes a challenge sent without a method as plain; no ServerConfig field turns it off",
					Field: "CodeChallengeMethod", Missing: "this osin release has no PKCE support, so no plain challenge either", MissingStatus: Forbidden},
			},
		},
	},
	Fields: []Field{
		{Type: Type{Name: "ServerConfig"}, Name: "AllowedAuthorizeTypes", Decision: Implicit, Values: []string{"token"}},
		{Type: Type{Name: "ServerConfig"}, Name: "AllowedAccessTypes", Decision: Password, Values: []string{"password"}},
		{Type: Type{Name: "ServerConfig"}, Name: "AllowedAccessTypes", Decision: CodeGrant, Values: []string{"authorization_code"}},
		{Type: Type{Name: "ServerConfig"}, Name: "RequirePKCEForPublicClients", Decision: PKCEPublic, IfTrue: Forbidden, Add: true},
		// access.go: HandleAccessRequest takes GET only with
		// AllowGetAccessRequest, then reads r.Form, the query included.
		{Type: Type{Name: "ServerConfig"}, Name: "AllowGetAccessRequest", Decision: TokenByGet, IfTrue: Allowed, Remove: true},
	},
	// authorize.go: HandleAuthorizeRequest reads redirect_uri and
	// validates it against the client's (ValidateUriList).
	RedirectReaders: []Func{{Recv: "Server", Name: "HandleAuthorizeRequest"}},
	// authorize.go (v1.0.1, both paths): the methods that read or answer
	// an authorization request. A server that calls neither serves only
	// its token endpoint.
	AuthorizeMethods: []Func{
		{Recv: "Server", Name: "HandleAuthorizeRequest"},
		{Recv: "Server", Name: "FinishAuthorizeRequest"},
	},
	Advice: map[Decision]string{
		Implicit:      "allow only osin.CODE in AllowedAuthorizeTypes",
		Password:      "drop osin.PASSWORD from AllowedAccessTypes",
		PKCEPublic:    "set RequirePKCEForPublicClients: true in osin.ServerConfig",
		PlainPKCE:     "reject a code_challenge_method other than S256 in the authorization handler before HandleAuthorizeRequest",
		LooseRedirect: "check the requested redirect_uri against the registered one by exact string comparison before HandleAuthorizeRequest (only a loopback port may vary)",
		TokenByGet:    "leave AllowGetAccessRequest false, so that token requests come by POST with their parameters in the body",
	},
	// A client without a secret is public (authorize.go: CheckClientSecret(client, "")).
	Clients: []Client{{Type: Type{Name: "DefaultClient"}, Secret: "Secret"}},
}
