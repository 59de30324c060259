package knowledge

// This file declares the tables of OAuth client SDKs: what a method or
// function of an SDK does in OAuth terms (the grant it always sends, the
// authorization code flow it starts or completes and whether that flow
// carries PKCE), so that the recogniser can turn a call into the same
// authorization and token request records as a hand-written request, and
// the rules judge it without knowing the SDK. One file per SDK fills a
// table; a new SDK is a new table and a fixture folder.

// SDK is one client library's table.
type SDK struct {
	Name string
	// Roots are the module paths that carry the same API: major versions
	// and forks. A Func is matched under each of them.
	Roots []string
	// ForkName, when set, is the name that forks under other import
	// paths keep: a package of that name, whose path ends in it, and
	// that declares every function and method the table names in the
	// root package (with their request structs' option fields) is
	// taken for the SDK's root package.
	ForkName string
	// Calls are the functions and methods that make a token request or
	// start or complete an authorization code flow.
	Calls []Call
	// Constructors build a client value whose options decide whether the
	// flows it runs use PKCE (zitadel's rp.NewRelyingPartyOIDC).
	Constructors []Constructor
	// PKCEOptions are the constructor options that turn PKCE on.
	PKCEOptions []Func
	// StateOptions are the constructor options that give the client a
	// place to keep the state between the login and its callback (a
	// cookie handler). StateChecks are the calls whose callback
	// compares the request's state with the kept one only when the
	// client has one of them, and takes any state otherwise; StateFix
	// says how to give it one.
	StateOptions []Func
	StateChecks  []ClientCall
	StateFix     string
	// Pointers return a pointer to their string argument (auth0.String,
	// gocloak.StringP): the value is the argument's.
	Pointers []Func
	// BaseURLs are the constructor arguments that name the server every
	// request of the client goes to (gocloak.NewClient(basePath)): its
	// token endpoint's scheme and host.
	BaseURLs []BaseURL
}

// BaseURL is a function's argument that holds a server's base URL.
type BaseURL struct {
	Func Func
	Arg  int // 0-based
}

// ClientCall is a function of an SDK that is handed a client value in
// its parameter ClientParam.
type ClientCall struct {
	Func        Func
	ClientParam string
}

// Flow is what a call does in an authorization code flow.
type Flow uint8

const (
	NoFlow Flow = iota
	// StartsCodeFlow: the call builds the authorization request, or
	// serves or opens it.
	StartsCodeFlow
	// RedeemsCode: the call exchanges an authorization code. A method that
	// sends no code_verifier shows that the whole flow runs without PKCE
	// (a server that received a challenge rejects such an exchange), where
	// the authorization request itself is built elsewhere.
	RedeemsCode
)

// PKCE says whether the flow a call starts or completes uses PKCE.
type PKCE uint8

const (
	PKCEUnknown   PKCE = iota
	PKCENever          // the call never sends PKCE parameters
	PKCEAlways         // the call always sends an S256 challenge
	PKCEOfClient       // as the options of the client argument's constructor decide
	PKCEInOptions      // when one of the call's variadic options is a ChallengeOption
	// PKCEInField: when the request struct's OptionsField, a list of
	// golang.org/x/oauth2 AuthCodeOptions, holds an S256 challenge.
	PKCEInField
)

// Delivery says how the authorization URL a call builds reaches the browser.
type Delivery uint8

const (
	// Returned: the URL is the call's result; where it goes is followed
	// as for any other URL.
	Returned Delivery = iota
	// Redirects: the call returns an HTTP handler that redirects the
	// browser to the authorization URL.
	Redirects
	// OpensBrowser: the call opens the system browser and receives the code
	// on a loopback listener, as a native app does (RFC 8252 §7.3).
	OpensBrowser
	// ServesLoopback: the call serves the login on a listener of the
	// program and waits there for the code, whoever opens the URL (the
	// caller prints it or opens it): a native app (RFC 8252 §7.3).
	ServesLoopback
)

// Call is what one SDK function or method does.
type Call struct {
	Func

	// Grant is the grant_type of the token request the call sends; ""
	// when it sends none (or one the caller chooses).
	Grant string
	// RequestParam names the parameter holding the request struct that
	// the fields below belong to.
	RequestParam string
	// GrantField is a string field of the request struct that, when set to
	// a non-empty value, makes the call send FieldGrant instead of Grant.
	GrantField string
	FieldGrant string
	// CodeParam names the parameter holding the authorization code the
	// call redeems; CodeField the request struct's field that holds it.
	CodeParam string
	CodeField string
	// VerifierField is the field of the request struct sent as
	// code_verifier; "" when the call sends none.
	VerifierField string
	// RedirectField is the field of the request struct sent as redirect_uri.
	RedirectField string
	// OptionsField is the field of the request struct holding the
	// golang.org/x/oauth2 AuthCodeOptions of the authorization request,
	// for PKCEInField.
	OptionsField string
	// ListenField is the field of the request struct holding the
	// addresses ("host:port", a []string) of the local server the call
	// starts for the redirect; "" when the call starts none or its
	// address cannot be set.
	ListenField string

	Flow Flow
	PKCE PKCE
	// ClientParam names the parameter holding the client value, for
	// PKCEOfClient.
	ClientParam string
	// ChallengeOptions are the options that add a challenge, for
	// PKCEInOptions (the call's variadic parameter).
	ChallengeOptions []Func
	Delivery         Delivery
	// Fix says how to use PKCE instead, for a flow that runs without it.
	Fix string
	// StateParam names the parameter holding the state the authorization
	// request carries.
	StateParam string
	// StateHook is a package-level function variable of the SDK whose
	// value gives the state of the requests the call starts; a function
	// the program assigns to it decides that state (gothic.SetState).
	StateHook Func
}

// Constructor is a function that builds a client value whose options,
// its variadic parameter, decide PKCE for the flows it runs.
type Constructor struct {
	Func
	// RedirectParam names the parameter that is the redirect URI.
	RedirectParam string
	// ConfigParam names an *oauth2.Config parameter whose RedirectURL is
	// the redirect URI.
	ConfigParam string
	// Fix says how to turn PKCE on.
	Fix string
}

// SDKs are the client libraries the recogniser knows.
var SDKs = []*SDK{&Auth0, &ZitadelRP, &Gocloak, &MSAL, &AzIdentity, &OAuth2CLI, &SlackGo, &Goth}
