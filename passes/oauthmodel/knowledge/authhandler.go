package knowledge

// ThreeLegged is a function of golang.org/x/oauth2 that runs the
// 3-legged flow of package authhandler: it builds the authorization URL
// with (*oauth2.Config).AuthCodeURL (response_type=code) and the given
// state, hands it to the caller's AuthorizationHandler, and sends a
// challenge only when a PKCEParams sets both Challenge and ChallengeMethod.
//
// Its arguments are positional (ConfigArg, StateArg, HandlerArg,
// PKCEArg, 1-based; 0 when it takes none), or fields of a parameter
// struct (ParamsArg, and the fields' names): google's CredentialsParams,
// whose flow runs only when AuthHandler is set.
type ThreeLegged struct {
	Pkg, Name string // Pkg below golang.org/x/oauth2

	ConfigArg, StateArg, HandlerArg, PKCEArg int

	ParamsArg                           int
	ParamsType                          string // the parameter struct's type name, in Pkg
	HandlerField, StateField, PKCEField string
}

// ThreeLeggedFlows are the functions that run authhandler's flow
// (golang.org/x/oauth2 v0.38.0: authhandler/authhandler.go,
// google/default.go, where the three google functions below reach
// authhandler.TokenSourceWithPKCE(ctx, config, params.State,
// params.AuthHandler, params.PKCE) for a client secrets file).
var ThreeLeggedFlows = []ThreeLegged{
	{Pkg: "authhandler", Name: "TokenSource", ConfigArg: 2, StateArg: 3, HandlerArg: 4},
	{Pkg: "authhandler", Name: "TokenSourceWithPKCE", ConfigArg: 2, StateArg: 3, HandlerArg: 4, PKCEArg: 5},
	{Pkg: "google", Name: "CredentialsFromJSONWithParams", ParamsArg: 3, ParamsType: "CredentialsParams", HandlerField: "AuthHandler", StateField: "State", PKCEField: "PKCE"},
	{Pkg: "google", Name: "CredentialsFromJSONWithTypeAndParams", ParamsArg: 4, ParamsType: "CredentialsParams", HandlerField: "AuthHandler", StateField: "State", PKCEField: "PKCE"},
	{Pkg: "google", Name: "FindDefaultCredentialsWithParams", ParamsArg: 2, ParamsType: "CredentialsParams", HandlerField: "AuthHandler", StateField: "State", PKCEField: "PKCE"},
}
