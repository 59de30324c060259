package knowledge

// HandBuilt is what oauthvet knows about authorization servers written by
// hand, without a server library: the request parameters whose values an
// endpoint dispatches on, the values that make each decision, the error
// codes that say a branch refuses, and the advice. (RFC 6749 §4.1.1,
// §4.2.1, §4.3.2, §5.2; RFC 7636 §4.3.)
var HandBuilt = Dispatch{
	Name: "hand-built",
	Params: []DispatchParam{
		// A token endpoint's grant_type: "password" is the resource
		// owner password credentials grant (RFC 6749 §4.3.2).
		{Param: "grant_type", Endpoint: "token endpoint", Decision: Password, Word: "password",
			Why: "issues tokens for grant_type"},
		// An authorization endpoint's response_type: any value with the
		// word "token" ("token", "id_token token", "code token") returns
		// an access token in the redirect (RFC 6749 §4.2.1, OIDC Core §3.2).
		{Param: "response_type", Endpoint: "authorization endpoint", Decision: Implicit, Word: "token",
			Why: "returns an access token in the redirect for response_type"},
		// A token endpoint's grant_type "authorization_code" redeems a
		// code; a server that never reads the code_verifier it would
		// check supports no PKCE at all, so no client can use it
		// (RFC 7636 §4.5-4.6, RFC 9700 §2.1.1: servers MUST support it).
		{Param: "grant_type", Endpoint: "token endpoint", Decision: PKCEPublic, Word: "authorization_code",
			Why: "issues tokens for grant_type", Unless: "code_verifier",
			UnlessWhy: "and no code of the server reads a code_verifier (neither this package nor the packages of its module that it imports): it supports no PKCE"},
		// An authorization endpoint's code_challenge_method (RFC 7636 §4.3).
		{Param: "code_challenge_method", Endpoint: "authorization endpoint", Decision: PlainPKCE, Word: "plain",
			Why: "accepts code_challenge_method", Values: []string{"S256", "plain"}, ValuesEndpoint: "server's PKCE check", Default: true},
	},
	// RFC 6749 §4.1.2.1, §5.2: a branch that answers with one of these
	// refuses the request.
	Errors: []string{"unsupported_grant_type", "unsupported_response_type", "unauthorized_client", "invalid_request", "invalid_grant", "access_denied", "invalid_client"},
	Advice: map[Decision]string{
		Implicit:   "answer response_type=token with unsupported_response_type and issue tokens only at the token endpoint, for the authorization code grant with PKCE",
		Password:   "answer grant_type=password with unsupported_grant_type; clients use the authorization code grant with PKCE, or client credentials for a machine acting for itself",
		PKCEPublic: "keep the code_challenge and its method (S256) with each authorization code, and have the token endpoint require the code_verifier and compare its S256 hash with them (RFC 7636 §4.6), from public clients at least",
		PKCEAll:    "keep the code_challenge and its method (S256) with each authorization code, and have the token endpoint require the code_verifier and compare its S256 hash with them (RFC 7636 §4.6)",
		PlainPKCE:  "accept only code_challenge_method=S256, and refuse a challenge sent without a method (which RFC 7636 §4.3 takes as plain)",
		TokenByGet: "serve the refresh by POST and read refresh_token from the form body (r.PostFormValue), never from the URL",
	},
	// Web frameworks' methods that read a parameter of the URL's query
	// only (gin v1.10 Context.Query, DefaultQuery, GetQuery; echo v4
	// Context.QueryParam; fiber v2 Ctx.Query; chi reads through
	// net/http).
	QueryReaders: []string{"Query", "DefaultQuery", "GetQuery", "QueryParam"},
}

// QueryTokenParam is the token a client must never put in a URL: a
// handler that reads it from the URL's query has clients send it there
// (RFC 6749 §3.2, §6).
const QueryTokenParam = "refresh_token"

// HandBuiltRedeemParam is the parameter a token endpoint redeems: a
// server that reads it from its requests, issues the codes it redeems and
// never reads grant_type has the authorization code grant only, and its
// PKCEPublic entry applies (oauthmodel/redeemer.go).
const HandBuiltRedeemParam = "code"

// Redeem returns the entry for the authorization code grant's
// redemption: the token endpoint's PKCEPublic decision.
func (d *Dispatch) Redeem() *DispatchParam {
	for i := range d.Params {
		if d.Params[i].Decision == PKCEPublic && d.Params[i].Unless != "" {
			return &d.Params[i]
		}
	}
	return nil
}

// Dispatch describes hand-written endpoints: the parameters whose values
// decide what a server allows.
type Dispatch struct {
	Name   string
	Params []DispatchParam
	Errors []string
	Advice map[Decision]string
	// QueryReaders are web frameworks' request methods that read the
	// URL's query alone.
	QueryReaders []string
}

// DispatchParam is one request parameter and the value (a word of it)
// that makes a decision when an endpoint's branch for it issues.
type DispatchParam struct {
	Param    string
	Endpoint string
	Decision Decision
	Word     string
	Why      string // what the endpoint does, for a message; the value follows
	// Unless names a parameter whose reading anywhere in the server's
	// code decides the other way (the code_verifier a code exchange
	// checks); UnlessWhy says it is read nowhere, for a message.
	Unless, UnlessWhy string
	// Values, when set, are the parameter's whole vocabulary (RFC 7636
	// §4.3: S256 and plain): a value of unknown origin compared with
	// every one of them in one function, in a server that checks it,
	// holds this parameter (a method kept in another package's record).
	Values []string
	// ValuesEndpoint names, for a message, where such a value is judged:
	// a method kept with the code is checked at either endpoint.
	ValuesEndpoint string
	// Default is set when Word is the value the parameter means when the
	// request leaves it out (RFC 7636 §4.3: no code_challenge_method is
	// plain): the branch a comparison with other values leaves to every
	// other value (an else, a switch's default) accepts it.
	Default bool
}

// Param returns the first entry for a request parameter, nil if none;
// Each lists all of them.
func (d *Dispatch) Param(name string) *DispatchParam {
	for i := range d.Params {
		if d.Params[i].Param == name {
			return &d.Params[i]
		}
	}
	return nil
}

// Each calls f for every entry of a request parameter.
func (d *Dispatch) Each(name string, f func(*DispatchParam)) {
	for i := range d.Params {
		if d.Params[i].Param == name {
			f(&d.Params[i])
		}
	}
}
