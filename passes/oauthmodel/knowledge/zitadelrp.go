package knowledge

// ZitadelRP is github.com/zitadel/oidc's relying party (pkg/client/rp),
// checked against v3.52.0 and v2.12.0 (relying_party.go, cli/cli.go):
//
//   - NewRelyingPartyOIDC and NewRelyingPartyOAuth start with PKCE off;
//     only the WithPKCE option (and, v3 only, WithPKCEFromDiscovery, when
//     the provider advertises a challenge method) turns it on.
//   - AuthURLHandler returns a handler that redirects the browser to the
//     authorization URL, with an S256 challenge exactly when the relying
//     party has PKCE on (rp.IsPKCE()).
//   - AuthURL returns the authorization URL; it adds a challenge only when
//     given WithCodeChallenge, whatever the relying party's options.
//   - cli.CodeFlow serves AuthURLHandler on a local listener, opens the
//     system browser on it and waits for the callback: a native app. (It
//     binds every interface: always before v3.5x, and in v3.52.0 when the
//     redirect URI's host is "localhost"; not modelled yet.)
//   - ClientCredentials (v3) sends client_credentials.
//   - CodeExchangeHandler reads the state through tryReadStateCookie,
//     which compares it with the state cookie only when the relying party
//     has a cookie handler (WithCookieHandler, WithPKCE,
//     WithPKCEFromDiscovery); without one it returns the request's own
//     state, and any state passes (v3.52.0 relying_party.go:721, v2.6.4
//     relying_party.go:501).
var ZitadelRP = SDK{
	Name:  "zitadel/oidc rp",
	Roots: []string{"github.com/zitadel/oidc/v3", "github.com/zitadel/oidc/v2"},
	Calls: []Call{
		{
			Func:        Func{"pkg/client/rp", "", "AuthURLHandler"},
			Flow:        StartsCodeFlow,
			PKCE:        PKCEOfClient,
			ClientParam: "rp",
			Delivery:    Redirects,
		},
		{
			Func:             Func{"pkg/client/rp", "", "AuthURL"},
			Flow:             StartsCodeFlow,
			PKCE:             PKCEInOptions,
			ChallengeOptions: []Func{{"pkg/client/rp", "", "WithCodeChallenge"}},
			Delivery:         Returned,
			Fix:              "pass rp.WithCodeChallenge(oidc.NewSHACodeChallenge(verifier)) to rp.AuthURL and rp.WithCodeVerifier(verifier) to rp.CodeExchange, or serve the login with rp.AuthURLHandler on a relying party built with rp.WithPKCE",
		},
		{
			Func:        Func{"pkg/client/rp/cli", "", "CodeFlow"},
			Flow:        StartsCodeFlow,
			PKCE:        PKCEOfClient,
			ClientParam: "relyingParty",
			Delivery:    OpensBrowser,
		},
		{
			Func:  Func{"pkg/client/rp", "", "ClientCredentials"},
			Grant: "client_credentials",
		},
	},
	Constructors: []Constructor{
		{
			Func:          Func{"pkg/client/rp", "", "NewRelyingPartyOIDC"},
			RedirectParam: "redirectURI",
			Fix:           "pass rp.WithPKCE(cookieHandler) to rp.NewRelyingPartyOIDC",
		},
		{
			Func:        Func{"pkg/client/rp", "", "NewRelyingPartyOAuth"},
			ConfigParam: "config",
			Fix:         "pass rp.WithPKCE(cookieHandler) to rp.NewRelyingPartyOAuth",
		},
	},
	PKCEOptions: []Func{
		{"pkg/client/rp", "", "WithPKCE"},
		{"pkg/client/rp", "", "WithPKCEFromDiscovery"},
	},
	StateOptions: []Func{
		{"pkg/client/rp", "", "WithCookieHandler"},
		{"pkg/client/rp", "", "WithPKCE"},
		{"pkg/client/rp", "", "WithPKCEFromDiscovery"},
	},
	StateChecks: []ClientCall{
		{Func: Func{"pkg/client/rp", "", "CodeExchangeHandler"}, ClientParam: "rp"},
	},
	StateFix: "build the relying party with rp.WithCookieHandler(httphelper.NewCookieHandler(hashKey, encryptKey)) (or rp.WithPKCE with one), so that rp.AuthURLHandler keeps the state in a cookie and the callback compares it",
}
