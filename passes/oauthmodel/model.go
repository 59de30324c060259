package oauthmodel

import (
	"go/ast"
	"go/types"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// Route says how a request was built.
type Route uint8

const (
	RouteAuthCodeURL    Route = iota + 1 // (*oauth2.Config).AuthCodeURL
	RouteExchange                        // (*oauth2.Config).Exchange
	RoutePasswordToken                   // (*oauth2.Config).PasswordCredentialsToken
	RouteDeviceToken                     // (*oauth2.Config).DeviceAccessToken
	RouteAuthHandler                     // authhandler.TokenSource / TokenSourceWithPKCE
	RouteParams                          // a url.Values, map or tagged struct of request parameters
	RouteEndpointParams                  // clientcredentials.Config.EndpointParams
	RouteString                          // a URL or form body built from strings
	RouteHelper                          // a call to a function that returns an authorization URL (fact)
	RouteSDK                             // a call of an SDK function the knowledge tables describe
	// RouteClientCredentials is (*clientcredentials.Config).Token,
	// TokenSource or Client: the client credentials grant.
	RouteClientCredentials
)

func (r Route) String() string {
	switch r {
	case RouteAuthCodeURL:
		return "oauth2.Config.AuthCodeURL"
	case RouteExchange:
		return "oauth2.Config.Exchange"
	case RoutePasswordToken:
		return "oauth2.Config.PasswordCredentialsToken"
	case RouteDeviceToken:
		return "oauth2.Config.DeviceAccessToken"
	case RouteAuthHandler:
		return "authhandler.TokenSource"
	case RouteParams:
		return "request parameters"
	case RouteEndpointParams:
		return "clientcredentials.Config.EndpointParams"
	case RouteString:
		return "hand-built URL"
	case RouteHelper:
		return "helper function"
	case RouteSDK:
		return "SDK call"
	case RouteClientCredentials:
		return "clientcredentials.Config"
	}
	return "unknown route"
}

// Param is one request parameter as far as the code tells.
type Param struct {
	Presence value.Presence
	Value    string   // the value when Known
	Known    bool     // Value is exactly what is sent
	Node     ast.Node // where the parameter is set, when it is
	// Possible lists the values it may take when it is not exactly known
	// (a variable assigned different constants on different paths).
	Possible []string
}

// MayBe reports whether the parameter is, or may on some path be, v.
func (p Param) MayBe(v string) bool {
	if p.Known {
		return p.Value == v
	}
	for _, x := range p.Possible {
		if x == v {
			return true
		}
	}
	return false
}

// AuthRequest is an authorization request (RFC 6749 §4.1.1): a URL that
// sends the user's browser to the authorization endpoint.
type AuthRequest struct {
	Node  ast.Node // the call or expression that builds the request
	Route Route
	Func  ast.Node // the enclosing *ast.FuncDecl or *ast.FuncLit; nil at package level

	ResponseType Param
	// ImpliedCode is set for a request recognised by client_id and
	// redirect_uri without response_type, which servers such as GitHub
	// treat as response_type=code (ResponseType then says "code", absent).
	ImpliedCode     bool
	Challenge       Param // code_challenge
	ChallengeMethod Param // code_challenge_method
	RedirectURI     Param // redirect_uri, or the oauth2.Config's RedirectURL
	// Verifier is code_verifier sent in the authorization request itself,
	// where it travels through the browser and the server's logs.
	Verifier Param

	// ChallengeS256 is set when the challenge is known to be the S256
	// transform of a verifier (oauth2.S256ChallengeFromVerifier).
	ChallengeS256 bool
	// ConstantChallenge is where the challenge, or the verifier it is
	// derived from, is a constant of the program: whoever has the binary
	// or the source has the verifier (RFC 7636 §4.1, §7.1).
	ConstantChallenge ast.Node
	// PredictableChallenge is the challenge, or the verifier it is derived
	// from, when it comes from a predictable source (math/rand, the
	// clock): whoever can replay the generator has the verifier (RFC 7636
	// §7.1). PredictableWhy names the source.
	PredictableChallenge ast.Expr
	PredictableWhy       string
	// Ineffective explains why PKCE that the code sets up is not sent
	// (authhandler.PKCEParams without a ChallengeMethod).
	Ineffective string

	// Config is the oauth2.Config variable or field the request came from.
	Config types.Object
	// NoSecret is set when that config is known to have no client
	// secret (nosecret.go): the client is public, whatever the program;
	// NoSecretWhy says so with the config's line.
	NoSecret    ast.Node
	NoSecretWhy string
	// Options is the AuthCodeURL call's option list when the code can be
	// extended safely (no "opts..." spread); used by suggested fixes.
	Options *ast.CallExpr

	// Sinks is where the URL goes.
	Sinks []Sink
	// InHandler is set when the request is built inside a function that
	// serves HTTP (it takes an http.ResponseWriter or *http.Request).
	InHandler bool

	// Helper is the function called, for RouteHelper; Origin is the request
	// that function builds when it lies in this package.
	Helper *types.Func
	Origin *AuthRequest
	// Field is the struct field read, for a URL an SDK hands back in a
	// field of a struct (Route is RouteHelper, Helper nil).
	Field *types.Var
	// Forwarded is set when the URL is returned to callers in this package,
	// which are judged as requests of their own.
	Forwarded bool

	// Path names the conditions under which this request is the one sent,
	// when the code builds different requests on different paths ("when
	// implicit is false"); empty otherwise.
	Path string
	// For RouteSDK (Helper is the SDK function): RedeemsCode is set when
	// the request is inferred from the SDK call that exchanges the code
	// (its authorization URL is built elsewhere, by another program or
	// package); SDKWhy says why the SDK's flow sends no challenge, and
	// SDKFix how to use PKCE with this SDK, both from its table.
	RedeemsCode bool
	SDKWhy      string
	SDKFix      string
	// State is the state parameter and where its value comes from.
	State State
	// Nonce is the OpenID Connect nonce parameter (oidc.Nonce, or nonce in
	// the parameters).
	Nonce Param
	// MadeByHelper is set, for RouteHelper, when Helper makes the request
	// itself rather than returning its URL (AuthURLFact.Made): this call
	// is judged with this package's kind.
	MadeByHelper bool
	// CallerResponseType is set, for RouteHelper, when this call chose the
	// response type (an argument the helper sends as response_type, or an
	// option it forwards): it is judged here, not in the helper.
	CallerResponseType bool
	// StateVerifier is the state expression when it is the very PKCE
	// verifier this request's challenge is derived from: the secret then
	// travels in the front channel (RFC 7636 §4.1, §7.1).
	StateVerifier ast.Node
	// MethodBySetting is set when the request sends
	// code_challenge_method=plain only on a branch its configuration
	// picks (switch cfg.PKCE.Method { case "plain": … }): the operator's
	// choice, unknown here, as a setting that turns TLS verification off.
	MethodBySetting bool
	// Pasted is set when the code of this flow comes back on standard
	// input: the function that builds the request, outside an HTTP
	// handler, reads os.Stdin after it, and neither it nor a function of
	// the package it calls starts a listener (pasted.go).
	Pasted bool
}

// ImplicitResponseType returns the response type, or one of the response
// types the request may use, that returns an access token in the
// authorization response (RFC 9700 §2.1.2): any value containing the word
// "token" ("token", "id_token token", "code token", …).
func (r *AuthRequest) ImplicitResponseType() (string, bool) {
	values := r.ResponseType.Possible
	if r.ResponseType.Known {
		values = []string{r.ResponseType.Value}
	}
	for _, v := range values {
		for _, w := range value.Words(v) {
			if w == "token" {
				return v, true
			}
		}
	}
	return "", false
}

// CodeFlow reports whether the request asks for an authorization code.
func (r *AuthRequest) CodeFlow() bool {
	if !r.ResponseType.Known {
		return false
	}
	for _, w := range value.Words(r.ResponseType.Value) {
		if w == "code" {
			return true
		}
	}
	return false
}

// TokenRequest is a request to the token endpoint (RFC 6749 §3.2).
type TokenRequest struct {
	Node  ast.Node
	Route Route
	Func  ast.Node

	GrantType Param
	// ImpliedGrant is set when the request sends no grant_type and is an
	// authorization code exchange by its parameters (code and
	// client_secret: GitHub's and Facebook's token endpoints default to
	// it); GrantType then says authorization_code, at the code.
	ImpliedGrant bool
	Verifier     Param // code_verifier
	Config       types.Object
	// Helper is the function called, for RouteHelper: it sends the grant
	// type given as an argument, or always sends this one. For RouteSDK
	// it is the SDK function, and SDKWhy says which grant it sends and
	// what decides it ("(*authentication.OAuth).LoginWithPassword always
	// sends grant_type=password").
	Helper *types.Func
	SDKWhy string

	// Code is the authorization code sent (Exchange's argument, a body's
	// code parameter), with Node its expression when there is one.
	Code Param
	// Send is the call that sends a hand-built request (http.PostForm,
	// client.Do), when the model follows the body there; Client is the
	// *http.Client expression it goes through, if not the default one.
	Send   ast.Node
	Client ast.Expr
	// DecidedInHelper is set when Helper, a function of this module,
	// always sends the grant: the grant is decided, and reported (or
	// trusted), there, not at this call.
	DecidedInHelper bool
	// Path names the conditions under which this grant is the one sent,
	// when the function sends different grants on different paths ("when
	// asUser is true"); for RouteHelper, the helper's path this call's
	// constant arguments take. CallerDecides is set when the function's
	// parameters alone choose this path: its callers decide, and are
	// judged where they call (grantpaths.go).
	Path          string
	CallerDecides bool
	// FreshVerifier is the code_verifier argument when it is a variable
	// drawn at random in the exchange's own function and used nowhere
	// else: no challenge can have been computed from it, so it cannot
	// match the one the authorization request sent (freshverifier.go).
	FreshVerifier ast.Expr
	// RelayedVerifier is set when the code_verifier sent is the one the
	// request being served carries (a token proxy relaying its client's
	// request upstream): the challenge it answers is that client's, sent
	// in an authorization request this program never builds.
	RelayedVerifier bool
	// GeneratedPassword is set on a password grant whose password the
	// program draws at random itself (crypto/rand): the account is one
	// it made, and no user's password is collected.
	GeneratedPassword bool
	// FirstParty names the identity product whose own email and password
	// sign-in URL is (knowledge.FirstPartyPasswordAPIs): the application
	// signs its users in to the account system it runs.
	FirstParty string
	// URL is the token endpoint the request goes to, where the code
	// shows it: the URL a hand-built request is built in, or the one it
	// is sent to.
	URL Param
}

// Well-known grant type values.
const (
	GrantPassword      = "password"
	GrantPasswordRealm = "http://auth0.com/oauth/grant-type/password-realm"
	GrantAuthCode      = "authorization_code"
	GrantDeviceCode    = "urn:ietf:params:oauth:grant-type:device_code"
	GrantClientCreds   = "client_credentials"
)

// SinkKind says where an authorization URL goes.
type SinkKind uint8

const (
	SinkRedirect   SinkKind = iota + 1 // http.Redirect or a Location header
	SinkResponse                       // written into an HTTP response (page, JSON)
	SinkPrinted                        // printed on the terminal
	SinkBrowser                        // opened with a browser launcher
	SinkJSLocation                     // assigned to the page location via syscall/js
	SinkReturned                       // returned to the caller
	SinkField                          // stored in a struct field (Sink.Field), read elsewhere
	// SinkFetched: requested by the program itself with an HTTP client
	// (an end-to-end harness driving the flow): no user sees the URL.
	SinkFetched
	// SinkLoopback: handed to a library that serves the login on a local
	// listener of the program and waits there for the code (oauth2cli).
	SinkLoopback
)

// Sink is one place an authorization URL flows to.
type Sink struct {
	Kind SinkKind
	Node ast.Node
	What string      // e.g. "http.Redirect", "fmt.Println", "browser.OpenURL"
	Func *types.Func // for SinkReturned: the function that returns the URL
	// Field is the struct field the URL is stored in, for SinkField.
	Field *types.Var
}

// Signals are package-level observations used to tell the client kind.
type Signals struct {
	Main           bool     // package main
	JS             bool     // imports syscall/js
	GUI            string   // a mobile or desktop toolkit it imports
	WebFramework   string   // a web framework it imports
	Serverless     string   // a serverless runtime it imports (aws-lambda-go)
	PublicListen   ast.Node // a listener on a non-loopback address
	LoopbackListen ast.Node // a listener on 127.0.0.1, [::1] or localhost
	// EphemeralLoopback is a listener on a loopback host and port 0: the
	// port is known only once bound, so no redirect URI registered in
	// advance names it; only a native app's loopback redirect may vary
	// its port (RFC 8252 §7.3).
	EphemeralLoopback ast.Node
	OtherListen       ast.Node // a listener on an address we cannot tell
	Redirects         ast.Node // an HTTP redirect (http.Redirect, a framework's Redirect)
	OpensBrowser      ast.Node // a browser launcher call (pkg/browser, xdg-open, …), whatever it opens
	// OpensOwnPage is a listener whose address the program also opens in
	// the browser (open(listen); http.ListenAndServe(u.Host) with u
	// parsed from listen): its pages are for the user at this machine,
	// whatever the address (a flag) turns out to be.
	OpensOwnPage ast.Node
	Stdin        []ast.Node // reads from os.Stdin (fmt.Scan, bufio on os.Stdin)
	// ServesFiles is a call that serves files to browsers
	// (http.FileServer, a framework's Static): a web UI.
	ServesFiles ast.Node
	// AllInterfaces is a listener bound to every interface (":8080",
	// "0.0.0.0:8080", "[::]:8080"), a subset of PublicListen.
	AllInterfaces ast.Node
	// Listeners are all the listen addresses (and servers) the package
	// starts, of any kind; the fields above keep one of each.
	Listeners []ast.Node
	// RequestUsed: a function of the package (outside _test.go files)
	// uses a served request (an *http.Request, a web framework's request
	// context). Computed only when the package starts a listener: one
	// whose handlers never look at the request cannot receive a code.
	RequestUsed bool
}

// Result is the OAuth model of one package.
type Result struct {
	AuthRequests  []*AuthRequest
	TokenRequests []*TokenRequest
	Signals       Signals
	// Server is the package's authorization-server side (server.go).
	Server ServerSide

	// Endpoints are the OAuth endpoint and redirect URLs the code
	// configures or sends requests to (see transport.go).
	Endpoints []Endpoint
	// InsecureClients are HTTP clients with TLS verification off that
	// carry OAuth requests.
	InsecureClients []InsecureClient
	// Callbacks are HTTP handlers that exchange the request's code without
	// reading the request's state.
	Callbacks []Callback
	// EmptyStateChecks are callbacks' state checks that an empty state
	// passes (emptystate.go).
	EmptyStateChecks []EmptyStateCheck
	// SharedStateChecks are callbacks' state checks against one value
	// for every login (sharedstate.go).
	SharedStateChecks []SharedStateCheck
	// UnboundStateChecks are callbacks' state checks that look the state
	// up in a store every browser shares, reading nothing of this
	// browser's (unboundstate.go).
	UnboundStateChecks []UnboundStateCheck
	// SDKStateSkips are SDK callbacks that take any state, their client
	// built with nowhere to keep it (sdk.go).
	SDKStateSkips []SDKStateSkip

	// TokenURLs are access or refresh tokens placed in a URL's query;
	// TokenLogs are tokens written to a log or standard output (tokens.go).
	TokenURLs []*TokenURL
	TokenLogs []*TokenLog
	// OIDC is what the package does to verify ID tokens (oidc.go).
	OIDC OIDC
}

// FetchedOnly reports whether the authorization URL goes only to the
// program's own HTTP client (SinkFetched: a probe or an end-to-end
// harness requesting it and reading the redirect itself): no browser
// carries the login, so there is no callback for a browser to be sent to.
func (r *AuthRequest) FetchedOnly() bool {
	if len(r.Sinks) == 0 {
		return false
	}
	for _, s := range r.Sinks {
		if s.Kind != SinkFetched {
			return false
		}
	}
	return true
}
