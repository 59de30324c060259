package knowledge

// GoOAuth2 is github.com/go-oauth2/oauth2/v4 (facts from v4.5.4:
// server/config.go, server/server.go, server/server_config.go,
// manage/manager.go, manage/util.go, models/client.go). Older releases
// under gopkg.in have no PKCE support: their server.Config has no
// ForcePKCE or AllowedCodeChallengeMethods.
var GoOAuth2 = Server{
	Name: "go-oauth2",
	// github.com/go-oauth2/oauth2 without /v4 is the v3 releases
	// (v3.x.y+incompatible, whose packages import gopkg.in/oauth2.v3);
	// it comes after the v4 path, which it prefixes.
	Paths: []string{"github.com/go-oauth2/oauth2/v4", "gopkg.in/oauth2.v4", "gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2"},
	// github.com/go-oauth2/gin-server v1.1.0 (server.go, config.go):
	// InitServer(manager) makes one package-level server with
	// server.NewDefaultServer and returns it; its package-level setters
	// write that server's Config fields or call its setters.
	Wrappers: []string{ginServer},
	Shape:    Shape{Type: "TokenGenerateRequest", Fields: []string{"ClientID", "ClientSecret", "UserID", "RedirectURI"}},
	// A program that imports a fork's server and manage packages only
	// (djedjethai/go-oauth2-openid's example authorization server).
	Parts: []Shape{
		{Pkg: "server", Type: "Config", Fields: []string{"TokenType", "AllowGetAccessRequest", "AllowedResponseTypes", "AllowedGrantTypes"}},
		{Pkg: "manage", Type: "Config", Fields: []string{"AccessTokenExp", "RefreshTokenExp", "IsGenerateRefresh"}},
	},
	Anchors: []Anchor{
		{
			Func: Func{Pkg: "server", Name: "NewConfig"}, Config: -1, Factories: -1, Builds: true,
			Defaults: goOAuth2Defaults("server.NewConfig"),
		},
		{
			Func: Func{Pkg: "server", Name: "NewDefaultServer"}, Config: -1, Factories: -1, Serves: true,
			Defaults: goOAuth2Defaults("server.NewDefaultServer"),
		},
		{Func: Func{Pkg: "server", Name: "NewServer"}, Config: 0, Factories: -1, Serves: true},
		{
			Func: Func{Pkg: ginServer, Name: "InitServer"}, Config: -1, Factories: -1,
			Defaults: goOAuth2Defaults("ginserver.InitServer (server.NewDefaultServer)"),
		},
		{
			// The manager's redirect URI validator: DefaultValidateURI
			// accepts any redirect whose host ends with the registered
			// domain's host.
			Func: Func{Pkg: "manage", Name: "NewDefaultManager"}, Config: -1, Factories: -1, RedirectMethods: managerRedirectMethods,
			Defaults: []Default{{Decision: LooseRedirect, Status: Allowed, Why: "manage.NewDefaultManager keeps manage.DefaultValidateURI, which accepts any redirect_uri whose host ends with the client's registered host, on any path"}},
		},
		{
			Func: Func{Pkg: "manage", Name: "NewManager"}, Config: -1, Factories: -1, RedirectMethods: managerRedirectMethods,
			Defaults: []Default{{Decision: LooseRedirect, Status: Allowed, Why: "manage.NewManager keeps manage.DefaultValidateURI, which accepts any redirect_uri whose host ends with the client's registered host, on any path"}},
		},
	},
	Fields: []Field{
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "AllowedResponseTypes", Decision: Implicit, Values: []string{"token"}},
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "AllowedGrantTypes", Decision: Password, Values: []string{"password"}},
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "AllowedGrantTypes", Decision: CodeGrant, Values: []string{"authorization_code"}},
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "AllowedCodeChallengeMethods", Decision: PlainPKCE, Values: []string{"plain"}},
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "ForcePKCE", Decision: PKCEAll, IfTrue: Forbidden, Add: true},
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "ForcePKCE", Decision: PKCEPublic, IfTrue: Forbidden, Add: true},
		// server.go ValidationTokenRequest: GET is taken only with
		// AllowGetAccessRequest, and the parameters are read with
		// r.FormValue, the query included.
		{Type: Type{Pkg: "server", Name: "Config"}, Name: "AllowGetAccessRequest", Decision: TokenByGet, IfTrue: Allowed, Remove: true},
	},
	Setters: []Setter{
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetAllowedResponseType"}, Decision: Implicit, Values: []string{"token"}},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetAllowedGrantType"}, Decision: Password, Values: []string{"password"}},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetAllowedGrantType"}, Decision: CodeGrant, Values: []string{"authorization_code"}},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetAllowGetAccessRequest"}, Decision: TokenByGet, IfTrue: Allowed},
		{Func: Func{Pkg: ginServer, Name: "SetAllowGetAccessRequest"}, Decision: TokenByGet, IfTrue: Allowed},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetPasswordAuthorizationHandler"}, Decision: Password, Gate: true, GateAt: true, Field: "PasswordAuthorizationHandler"},
		{Func: Func{Pkg: "manage", Recv: "Manager", Name: "SetValidateURIHandler"}, Decision: LooseRedirect, Validator: true, Requested: 1},
		// server/handler.go (v3.9.2, v3.9.5, v3.12.0): ClientFormHandler
		// answers invalid_client when client_secret is empty, and the
		// manager compares the secret with the registered one; v4's
		// takes an empty secret (public clients, ForcePKCE).
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetClientInfoHandler"}, Decision: PKCEPublic, Field: "ClientInfoHandler",
			SecretOnly: []Func{{Pkg: "server", Name: "ClientFormHandler"}}, SecretPaths: []string{"gopkg.in/oauth2.v3", "github.com/go-oauth2/oauth2"}},
		// server/server.go (v4.5.4): GetAuthorizeToken asks the
		// ClientAuthorizedHandler whether the client may use the code or
		// the implicit grant, GetAccessToken whether it may use the grant
		// it asks for (password included).
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetClientAuthorizedHandler"}, Decision: Implicit, PerClient: true, Field: "ClientAuthorizedHandler"},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetClientAuthorizedHandler"}, Decision: Password, PerClient: true, Field: "ClientAuthorizedHandler"},
		{Func: Func{Pkg: ginServer, Name: "SetClientAuthorizedHandler"}, Decision: Implicit, PerClient: true},
		{Func: Func{Pkg: ginServer, Name: "SetClientAuthorizedHandler"}, Decision: Password, PerClient: true},
		{Func: Func{Pkg: ginServer, Name: "SetAllowedResponseType"}, Decision: Implicit, Values: []string{"token"}},
		{Func: Func{Pkg: ginServer, Name: "SetAllowedGrantType"}, Decision: Password, Values: []string{"password"}},
		{Func: Func{Pkg: ginServer, Name: "SetAllowedGrantType"}, Decision: CodeGrant, Values: []string{"authorization_code"}},
		{Func: Func{Pkg: ginServer, Name: "SetPasswordAuthorizationHandler"}, Decision: Password, Gate: true, GateAt: true},
		// The default UserAuthorizationHandler answers every authorization
		// request with access_denied (server/server.go NewServer, v4.5.3;
		// gin-server v1.1.0 config.go): no code or token is issued, so
		// what only the authorization endpoint decides is moot until
		// SetUserAuthorizationHandler is called (or the field is set). A
		// server of another package may get its handler from main: only a
		// main package that never sets one is known to issue nothing.
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetUserAuthorizationHandler"}, Decision: Implicit, Gate: true, MainOnly: true, Field: "UserAuthorizationHandler"},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetUserAuthorizationHandler"}, Decision: PlainPKCE, Gate: true, MainOnly: true, Field: "UserAuthorizationHandler"},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetUserAuthorizationHandler"}, Decision: PKCEPublic, Gate: true, MainOnly: true, Field: "UserAuthorizationHandler"},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetUserAuthorizationHandler"}, Decision: PKCEAll, Gate: true, MainOnly: true, Field: "UserAuthorizationHandler"},
		{Func: Func{Pkg: "server", Recv: "Server", Name: "SetUserAuthorizationHandler"}, Decision: LooseRedirect, Gate: true, MainOnly: true, Field: "UserAuthorizationHandler"},
		{Func: Func{Pkg: ginServer, Name: "SetUserAuthorizationHandler"}, Decision: Implicit, Gate: true, MainOnly: true},
		{Func: Func{Pkg: ginServer, Name: "SetUserAuthorizationHandler"}, Decision: PlainPKCE, Gate: true, MainOnly: true},
		{Func: Func{Pkg: ginServer, Name: "SetUserAuthorizationHandler"}, Decision: PKCEPublic, Gate: true, MainOnly: true},
		{Func: Func{Pkg: ginServer, Name: "SetUserAuthorizationHandler"}, Decision: PKCEAll, Gate: true, MainOnly: true},
		{Func: Func{Pkg: ginServer, Name: "SetUserAuthorizationHandler"}, Decision: LooseRedirect, Gate: true, MainOnly: true},
	},
	// server/server.go: ValidationAuthorizeRequest reads redirect_uri;
	// HandleAuthorizeRequest calls it, and the manager's ValidateURI
	// judges the URI when the code or token is made.
	RedirectReaders: []Func{
		{Pkg: "server", Recv: "Server", Name: "HandleAuthorizeRequest"},
		{Pkg: "server", Recv: "Server", Name: "ValidationAuthorizeRequest"},
		{Pkg: "server", Recv: "Server", Name: "GetAuthorizeToken"},
	},
	Advice: map[Decision]string{
		Implicit:      "allow only the code response type: srv.SetAllowedResponseType(oauth2.Code)",
		Password:      "allow only the grants you use: srv.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.Refreshing), and drop the password handler",
		PKCEPublic:    "set ForcePKCE: true in server.Config (srv.Config.ForcePKCE = true)",
		PKCEAll:       "set ForcePKCE: true in server.Config (srv.Config.ForcePKCE = true)",
		PlainPKCE:     "allow only S256: AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256}",
		LooseRedirect: "install an exact comparison with manager.SetValidateURIHandler (compare the whole redirect_uri with the registered one; only a loopback port may vary)",
		TokenByGet:    "leave AllowGetAccessRequest false (drop SetAllowGetAccessRequest(true)), so that token requests come by POST with their parameters in the body",
	},
	// server/server.go: the methods that read or answer an authorization
	// request. (gin-server's InitServer keeps its server in a package
	// variable that its package-level HandleAuthorizeRequest serves to
	// any package: it is not marked Serves.)
	AuthorizeMethods: []Func{
		{Pkg: "server", Recv: "Server", Name: "HandleAuthorizeRequest"},
		{Pkg: "server", Recv: "Server", Name: "ValidationAuthorizeRequest"},
		{Pkg: "server", Recv: "Server", Name: "GetAuthorizeToken"},
		{Pkg: "server", Recv: "Server", Name: "GetAuthorizeData"},
		{Pkg: "server", Recv: "Server", Name: "GetRedirectURI"},
		{Pkg: "server", Recv: "Server", Name: "CheckResponseType"},
		{Pkg: "server", Recv: "Server", Name: "CheckCodeChallengeMethod"},
	},
	// const.go: GrantType.String and CodeChallengeMethod.String return
	// string(x) for the constants they list and "" otherwise;
	// ResponseType.String is return string(rt) in v4, and lists code and
	// token in v3.9.2.
	Stringers: []Stringer{
		{Func: Func{Recv: "ResponseType", Name: "String"}, Values: []string{"code", "token"}},
		{Func: Func{Recv: "GrantType", Name: "String"}, Values: []string{"authorization_code", "password", "client_credentials", "refresh_token"}},
		{Func: Func{Recv: "CodeChallengeMethod", Name: "String"}, Values: []string{"plain", "S256"}},
	},
	// A client is public when Public is set, and also when it has no
	// secret: Manager.GenerateAccessToken checks the secret only when the
	// client has one (manage/manager.go).
	// models.Client.Domain is the base DefaultValidateURI compares with
	// (manage/util.go: strings.HasSuffix(redirect.Host, base.Host)).
	Clients: []Client{{Type: Type{Pkg: "models", Name: "Client"}, Public: "Public", Secret: "Secret", RedirectBase: "Domain"}},
}

const ginServer = "github.com/go-oauth2/gin-server"

// managerRedirectMethods are the manager's methods that judge a
// redirect_uri with its ValidateURI handler: manage/manager.go (v4.5.4,
// oauth2.v3 v3.12.0) GenerateAuthToken, and GenerateAccessToken for the
// authorization_code grant.
var managerRedirectMethods = []Func{
	{Pkg: "manage", Recv: "Manager", Name: "GenerateAuthToken"},
	{Pkg: "manage", Recv: "Manager", Name: "GenerateAccessToken"},
}

func goOAuth2Defaults(ctor string) []Default {
	return []Default{
		{Decision: Implicit, Status: Allowed, Why: ctor + " allows response types code and token by default"},
		// The default PasswordAuthorizationHandler denies every user: the
		// grant is usable once SetPasswordAuthorizationHandler is called.
		{Decision: Password, Status: Allowed, Why: ctor + " allows the password grant by default"},
		{Decision: CodeGrant, Status: Allowed, Why: ctor + " allows the authorization_code grant by default"},
		{Decision: TokenByGet, Status: Forbidden, Why: ctor + " leaves AllowGetAccessRequest false"},
		{
			Decision: PlainPKCE, Status: Allowed, Why: ctor + " allows code challenge methods plain and S256 by default",
			Field: "AllowedCodeChallengeMethods", Missing: "this go-oauth2 release has no PKCE support", MissingStatus: Forbidden,
		},
		{
			Decision: PKCEAll, Status: Allowed, Why: ctor + " leaves ForcePKCE false",
			Field: "ForcePKCE", Missing: "this go-oauth2 release has no PKCE support at all (its server.Config has no ForcePKCE)", MissingStatus: Allowed,
			MissingAdvice: "move to github.com/go-oauth2/oauth2/v4, which verifies code_challenge, and set ForcePKCE: true in server.Config",
		},
		{
			Decision: PKCEPublic, Status: Allowed, Why: ctor + " leaves ForcePKCE false",
			Field: "ForcePKCE", Missing: "this go-oauth2 release has no PKCE support at all (its server.Config has no ForcePKCE)", MissingStatus: Allowed,
			MissingAdvice: "move to github.com/go-oauth2/oauth2/v4, which verifies code_challenge, and set ForcePKCE: true in server.Config",
		},
	}
}
