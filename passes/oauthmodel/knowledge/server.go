// Package knowledge is what oauthvet knows about the OAuth libraries Go
// programs use, written as data: import paths (forks and old paths
// included), constructors and their defaults, configuration fields,
// setters and factories. The one recogniser, passes/oauthmodel, reads these
// tables; no rule names a library.
package knowledge

// Decision is one thing an authorization server decides for every client.
// Each is phrased as the risk: Allowed means the server permits it.
type Decision uint8

const (
	Implicit      Decision = iota // a response type that returns a token (RFC 9700 §2.1.2)
	Password                      // the password grant (RFC 9700 §2.4)
	PKCEPublic                    // a public client may skip PKCE (RFC 9700 §2.1.1)
	PKCEAll                       // any client may skip PKCE (OAuth 2.1 §4.1.1)
	PlainPKCE                     // code_challenge_method=plain is accepted (RFC 7636 §7.2)
	LooseRedirect                 // redirect URIs are not compared exactly (RFC 9700 §4.1.3)
	TokenByGet                    // the token endpoint takes GET: codes and secrets in URLs (RFC 6749 §3.2)
	// CodeGrant is the authorization code grant. It is no risk and no
	// rule reports it: a server that allows no code grant redeems no
	// code, so whether it checks PKCE, and (without the implicit grant
	// too) how it compares redirect URIs, decides nothing.
	CodeGrant
	NumDecisions
)

func (d Decision) String() string {
	switch d {
	case Implicit:
		return "implicit grant"
	case Password:
		return "password grant"
	case PKCEPublic:
		return "PKCE optional for public clients"
	case PKCEAll:
		return "PKCE optional"
	case PlainPKCE:
		return "plain PKCE"
	case LooseRedirect:
		return "loose redirect URI matching"
	case TokenByGet:
		return "token requests by GET"
	case CodeGrant:
		return "authorization code grant"
	}
	return "unknown decision"
}

// Status is what the code decides.
type Status uint8

const (
	Unknown   Status = iota // not fixed in code (a file, a flag, a database)
	Allowed                 // the server permits it
	Forbidden               // the server refuses it
)

// Server describes one authorization-server library.
type Server struct {
	Name string // as messages name it: "fosite", "go-oauth2", "osin"
	// Paths are the import paths of the library's root package: the
	// upstream path, forks and older paths.
	Paths []string
	// Wrappers are the import paths of packages built on the library that
	// make its server for the program and set it up through functions of
	// their own (github.com/go-oauth2/gin-server's InitServer and
	// package-level setters). A Func of a wrapper names the wrapper's
	// whole import path in Pkg.
	Wrappers []string
	// Shape identifies a fork or in-repo copy under an unknown path: the
	// root package declares type Shape.Type with all of Shape.Fields.
	Shape Shape
	// Parts identify a fork's package by its own shape, for a program
	// that imports it but not the fork's root (whose scope the recogniser
	// cannot read then): a package whose import path ends with "/" +
	// Part.Pkg and that declares type Part.Type with all of Part.Fields.
	Parts []Shape

	Anchors   []Anchor
	Fields    []Field
	Setters   []Setter
	Factories []Factory
	Clients   []Client
	// AuthorizeMethods are the methods of the library's server that serve
	// its authorization endpoint (or a hand-written one on its parts). A
	// server an anchor marked Serves makes, held in a variable that never
	// leaves the package and on which none of these is selected, has no
	// authorization endpoint: the decisions only that endpoint makes
	// (AuthorizeOnly) are not the program's.
	AuthorizeMethods []Func
	// Stringers are methods of the library's string types whose result
	// is their receiver's own value (for the values listed), so that a
	// call on a constant is that constant.
	Stringers []Stringer
	// RedirectReaders are the methods of the library's server that read
	// the authorization request's redirect_uri and judge it with the
	// library's validator: a program that checks the URI exactly before
	// each of its calls of them leaves that validator nothing to decide.
	RedirectReaders []Func
	// Advice says, per decision, what to do instead, in the library's terms.
	Advice map[Decision]string

	// Received are the types in which the library hands the program a
	// request its server received and parsed (zitadel/oidc's
	// *oidc.AuthRequest, given to Storage.CreateAuthRequest): parameters
	// copied from their fields are the server's record of that request,
	// never a request the program sends.
	Received []Named
	// Storage are the library's interfaces that the program implements
	// to keep the server's state (zitadel/oidc's op.AuthStorage): what
	// their methods build, in a type that implements one, is the
	// server's record of requests it received.
	Storage []Type
	// ConfidentialStores are constructors of the library's client stores
	// whose every client is confidential (fosite's example store): a
	// package whose only clients come from one has no public clients.
	ConfidentialStores []Func
	// PublicMethod, when set, is the method of the library's client
	// interface that says whether a client is public: a package whose
	// every type implementing the interface answers false there, and
	// that makes none of the library's own client types (Clients), has
	// no public clients.
	PublicMethod *PublicMethod
	// PlainCopy, when set, says how the program hands the library the
	// challenge its token endpoint verifies, for a library that verifies
	// plain and method-less challenges and refuses none itself.
	PlainCopy *PlainCopy
}

// Named is a type by its package's full import path.
type Named struct {
	Path, Name string
}

// PublicMethod is a client interface's method reporting a public client.
type PublicMethod struct {
	Iface  Type
	Method string
}

// PlainCopy describes a library's code challenge record: a literal of one
// of the Challenge types whose MethodField is set from the ReceivedField
// of one of the Received types is the method the client sent, and the
// library verifies plain with it. A comparison of a value of one of the
// MethodTypes (or of the received field) with a constant is the program
// judging the method itself: unknown.
type PlainCopy struct {
	Challenge     []Named
	MethodField   string
	ReceivedField string
	MethodTypes   []Named
	Why           string // what the library does with the copied method, for a message
}

// Stringer is a method of a library's named string type, without
// arguments, that returns its receiver converted to string: for every
// receiver when Values is nil, else for the receivers Values lists (for
// any other the result is not known: go-oauth2's GrantType.String returns
// "" for a grant it does not know). Where the method's source is in the
// package analysed, the model reads its body instead.
type Stringer struct {
	Func   Func
	Values []string
}

// Shape is an API shape: a struct type and some of its fields (and, for
// a Server's Parts, the package declaring it, relative to the root).
type Shape struct {
	Pkg    string
	Type   string
	Fields []string
}

// Type names a type of the library, Pkg relative to its root.
type Type struct {
	Pkg, Name string
}

// Anchor is a call that makes an authorization server (or its
// configuration); findings about defaults point at it.
type Anchor struct {
	Func Func
	// Config is the index of the configuration argument, -1 for none.
	Config int
	// Factories is the index of the first handler factory argument (a
	// variadic list), -1 when the call takes none.
	Factories int
	// Defaults apply when the code sets nothing that decides.
	Defaults []Default
	// Builds is set when the call returns the configuration itself
	// (server.NewConfig): it stands for that configuration where passed.
	Builds bool
	// Serves is set when the call returns the server value whose methods
	// (Server.AuthorizeMethods among them) serve the endpoints.
	Serves bool
	// Lit, when set, names the library's type whose composite literal
	// makes the same server as the call (&osin.Server{Config: cfg, …}
	// beside osin.NewServer(cfg, storage)), and LitConfig the literal's
	// field that holds the configuration argument (at index Config).
	Lit       string
	LitConfig string
	// RedirectMethods are the methods of the value the call returns that
	// judge a redirect URI with the validator its defaults name (go-oauth2
	// manager's GenerateAuthToken and GenerateAccessToken). A value that
	// stays in the package, is used for methods, and is never selected
	// for one of these judges no redirect URI: its LooseRedirect default
	// is moot (a resource server that only loads tokens with it).
	RedirectMethods []Func
}

// AuthorizeOnly are the decisions only an authorization endpoint makes:
// which response types it issues, and which code challenge methods it
// accepts. PKCE enforcement stays: a token endpoint enforces it too (on
// codes issued elsewhere, through a shared store).
var AuthorizeOnly = []Decision{Implicit, PlainPKCE}

// CodeOnly are the decisions that matter only where a code is redeemed:
// a server that forbids CodeGrant forbids them in effect.
var CodeOnly = []Decision{PKCEPublic, PKCEAll, PlainPKCE}

// Default is a constructor's default for one decision.
type Default struct {
	Decision Decision
	Status   Status
	Why      string // "server.NewDefaultServer allows response type token by default"
	// Field, when set, is the configuration field whose presence the
	// default depends on (versions without it behave differently).
	Field string
	// Missing, when Field is absent from the configuration type, replaces
	// Why and is the status then.
	Missing       string
	MissingStatus Status
	// MissingAdvice, when Field is absent, replaces the library's advice
	// for the decision (which names the field).
	MissingAdvice string
	// Checked, when set, is a request parameter that the program can
	// check itself before the library sees the request, where no
	// configuration can: a package that reads it from a request
	// (r.FormValue, r.URL.Query().Get, r.Form[...]) leaves the default
	// unknown.
	Checked string
}

// Field is a configuration struct field that decides.
type Field struct {
	Type     Type
	Name     string
	Decision Decision
	// For a bool field: the status when true; false gives the other one.
	IfTrue Status
	// For a list field: Allowed when it holds one of these values,
	// Forbidden otherwise (an empty list allows nothing).
	Values []string
	// Fix, when set, is a safe edit: drop the field (Remove) or set it to
	// true (Add, the field to add to a literal).
	Remove bool
	Add    bool
	// Without, when set, names a field whose absence from the type makes
	// this row apply: a release before that field, where this one
	// decided (fosite v0.29.2's compose.Config.EnforcePKCE "requires
	// public clients to perform authorize code flows with PKCE").
	Without string
}

// Setter is a method or function call that decides.
type Setter struct {
	Func     Func
	Decision Decision
	// Values: the call's arguments list what is allowed (as Field.Values).
	Values []string
	// IfTrue, for a call of one bool argument, is the status when it is
	// true; false gives the other one (as Field.IfTrue).
	IfTrue Status
	// Gate is set for a call without which the decision stays Forbidden
	// whatever the configuration allows (go-oauth2's password grant needs
	// SetPasswordAuthorizationHandler: the default handler refuses all).
	Gate bool
	// GateAt, for a gate, reports the decision at the gate call (the
	// password handler that makes the grant usable) rather than where
	// the configuration allows it.
	GateAt bool
	// MainOnly, for a gate, makes a missing gate call count only in a
	// main package: elsewhere an importer may make it (a package that
	// returns the server for main to finish), which is unknown. A
	// package's only server that importers cannot serve an
	// authorization endpoint with (it stays in the package, or is an
	// exported variable whose importers are judged where they serve it)
	// counts too (endpoint.go).
	MainOnly bool
	// Field, for a method, is the receiver's field that the method sets:
	// an assignment to it (srv.UserAuthorizationHandler = h) is the call.
	Field string
	// PerClient is set for a call that installs a check of each client's
	// registration for the decision (go-oauth2's
	// SetClientAuthorizedHandler): which clients may use what the
	// configuration allows is then decided per client, at run time, and
	// the decision is unknown. A nil argument installs nothing.
	PerClient bool
	// Validator is set for a call that installs a redirect URI validator
	// (a func argument): the default no longer applies, and Requested is
	// the index of the validator's parameter that holds the requested URI.
	Validator bool
	Requested int
	// SecretOnly, for a setter that installs how the token endpoint
	// authenticates clients (go-oauth2's SetClientInfoHandler), lists
	// the library's handlers that refuse a token request without a
	// client secret in the releases whose import paths are SecretPaths:
	// installed there, no client is public, and the decision
	// (PKCEPublic) is forbidden.
	SecretOnly  []Func
	SecretPaths []string
}

// Factory is a handler factory given to a compose call.
type Factory struct {
	Func Func
	// Allows lists the decisions the factory makes Allowed.
	Allows []Decision
	// Guards lists decisions that only this factory checks: without it the
	// server allows them whatever its configuration says.
	Guards []Decision
	// Code is set for a factory that serves the authorization code flow
	// (PKCE matters only then).
	Code bool
}

// Client is a client type the code may register statically.
type Client struct {
	Type          Type
	ResponseTypes string // field listing response types, "" if none
	GrantTypes    string // field listing grant types, "" if none
	// DefaultResponseTypes/DefaultGrantTypes apply when the field is empty.
	DefaultResponseTypes []string
	DefaultGrantTypes    []string
	// Public is a bool field that makes the client public; Secret a
	// string field whose empty value does. With both, either does.
	Public string
	Secret string

	// AppType is a string field naming the kind of application;
	// PublicAppTypes are the kinds that cannot keep a secret (a browser or
	// native app). AuthMethod is the field naming how the client
	// authenticates at the token endpoint; PublicAuthMethods are the
	// methods of a client without a secret. A public kind registered with
	// another method is registered as confidential.
	AppType           string
	PublicAppTypes    []string
	AuthMethod        string
	PublicAuthMethods []string

	// Inert are the decisions the library never allows, whatever a
	// registration lists (zitadel/oidc's op has no password grant).
	Inert []Decision
	// Advice says, per decision, what to do instead when the
	// registration itself asks for it.
	Advice map[Decision]string

	// Flags are bool fields (or *bool ones, set through a pointer
	// helper such as gocloak.BoolP) that, set true, ask for a decision
	// for this client (Keycloak's ImplicitFlowEnabled).
	Flags []Flag
	// RedirectURIs is the field listing the client's redirect URIs; the
	// server matches one that ends with PrefixWildcard as a prefix: any
	// URI that starts with the rest passes (Keycloak's "https://app/*",
	// and "*" alone, which passes every URI).
	RedirectURIs   string
	PrefixWildcard string
	// RedirectBase is the field the library's default redirect URI check
	// compares the requested URI's host with (go-oauth2's Domain, for
	// manage.DefaultValidateURI, a host suffix test): a client that
	// leaves it out, or sets one with no host once parsed ("localhost:9094"
	// parses as a scheme), passes every redirect URI there.
	RedirectBase string

	// PKCEAttribute, when set, is how a public client of this library
	// comes to require PKCE: an attribute of its registration, absent by
	// default (Keycloak's "pkce.code.challenge.method").
	PKCEAttribute *PKCEAttribute

	// Interface is set when Type is an interface the program implements
	// (zitadel/oidc's op.Client): the lists are then the results of the
	// implementing type's methods named ResponseTypes and GrantTypes,
	// each a literal or one of the type's own fields, whose values are
	// read from the type's literals.
	Interface bool
}

// PKCEAttribute says when a registration the program creates is a
// public client that may redeem codes without PKCE: Public (the Client's
// bool field) true, the code flow on (CodeFlow true, or absent when
// CodeFlowDefault), no field of Off true (a client without browser
// flows), Protocol absent or one of Protocols, and the Map field's Key
// entry absent or empty. The registration must reach one of Creates
// unchanged: an update keeps the attributes the request leaves out, and a
// literal never created registers nothing.
type PKCEAttribute struct {
	Map, Key        string
	CodeFlow        string
	CodeFlowDefault bool
	Off             []string
	Protocol        string
	Protocols       []string
	Creates         []Func
}

// Flag is a client registration's bool field that asks for Decision
// when true.
type Flag struct {
	Field    string
	Decision Decision
}

// Grant values a client registration may list that ask for the implicit
// or the password grant (Auth0 spells its password grant variant as a URI).
var (
	ImplicitGrants = []string{"implicit"}
	PasswordGrants = []string{"password", "http://auth0.com/oauth/grant-type/password-realm"}
)

// Servers lists every authorization-server library oauthvet models.
var Servers = []*Server{&Fosite, &GoOAuth2, &Osin, &ZitadelOP, &Auth0Management, &KeycloakAdmin}
