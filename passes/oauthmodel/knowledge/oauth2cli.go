package knowledge

// OAuth2CLI is github.com/int128/oauth2cli, checked against v1.17.0
// (oauth2cli.go, server.go): GetToken(ctx, cfg) starts a local server
// (LocalServerBindAddress, 127.0.0.1 by default), builds the
// authorization URL with cfg.OAuth2Config.AuthCodeURL(cfg.State,
// cfg.AuthCodeOptions...) and hands it to the caller on
// LocalServerReadyChan (which prints or opens it), then exchanges the
// code with cfg.TokenRequestOptions. PKCE is sent only when the caller
// puts oauth2.S256ChallengeOption in AuthCodeOptions (and the verifier
// in TokenRequestOptions); the state is random when left empty.
var OAuth2CLI = SDK{
	Name:  "oauth2cli",
	Roots: []string{"github.com/int128/oauth2cli"},
	// Forks keep the package and its API (GetToken, Config with
	// AuthCodeOptions) under their own module paths.
	ForkName: "oauth2cli",
	Calls: []Call{
		{
			Func:         Func{"", "", "GetToken"},
			Flow:         StartsCodeFlow,
			PKCE:         PKCEInField,
			RequestParam: "cfg",
			OptionsField: "AuthCodeOptions",
			ListenField:  "LocalServerBindAddress",
			Delivery:     ServesLoopback,
			Fix:          "generate verifier := oauth2.GenerateVerifier(), set AuthCodeOptions: []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)} and TokenRequestOptions: []oauth2.AuthCodeOption{oauth2.VerifierOption(verifier)} in the oauth2cli.Config",
		},
	},
}
