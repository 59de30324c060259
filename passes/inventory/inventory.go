// Package inventory lists, for each package, the OAuth flows the model
// found and the authorization servers it configures, as rows for
// oauthvet -inventory: location, library, grants, client kind and its
// evidence, PKCE, state and endpoints. It recognises nothing itself: every
// column is read from passes/oauthmodel's records and passes/clientkind's
// verdicts. It reports nothing; the driver joins the rules' findings to
// the rows by position and renders the inventory (internal/driver).
package inventory

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/clientkind"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

const doc = `inventory: list the package's OAuth flows and authorization servers

The inventory analyzer turns the OAuth model of a package into rows: one
per client flow (authorization request, or token request of a grant
without one) and one per authorization server, with the client kind and
its evidence, PKCE, state and endpoints. It reports nothing; oauthvet
-inventory renders the rows.`

var Analyzer = &analysis.Analyzer{
	Name:             "inventory",
	Doc:              doc,
	URL:              "https://github.com/oauthvet/oauthvet#inventory",
	RunDespiteErrors: true,
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, clientkind.Analyzer},
	Run:              guard.Run("inventory", run),
	ResultType:       reflect.TypeFor[*Result](),
}

// Result is the package's rows.
type Result struct {
	Flows   []*Flow
	Servers []*Server
}

// Kinds of client, as the decision tree (DESIGN.md) names them. Native,
// browser, server and unknown come from passes/clientkind; machine and
// device from a token request's grant when no authorization request
// exists (the client credentials grant is a machine acting for itself,
// the device grant a device without a browser).
const (
	KindNative  = "native"
	KindBrowser = "browser"
	KindServer  = "server"
	KindMachine = "machine"
	KindDevice  = "device"
	KindUnknown = "unknown"
)

// PKCE and state values of a row.
const (
	PKCES256        = "S256"
	PKCEPlain       = "plain"
	PKCENone        = "none"
	PKCEIneffective = "ineffective"
	NotApplicable   = "n/a"
	Unknown         = "unknown"
)

// Span is a range of the source a row is made of (byte offsets in File):
// findings inside it are the row's.
type Span struct {
	File       string
	Start, End int
}

// Contains reports whether the position lies in the span.
func (s Span) Contains(p token.Position) bool {
	return p.Filename == s.File && s.Start <= p.Offset && p.Offset < s.End
}

// Len is the span's length, to prefer the narrowest of several.
func (s Span) Len() int { return s.End - s.Start }

// Endpoint is an OAuth URL of a flow, and its scheme.
type Endpoint struct {
	Kind   string // "authorization", "token", "device", "redirect"
	Scheme string // "https", "http", "urn", a private scheme, "" when unknown
	URL    string // the URL when known
}

// Flow is one client flow.
type Flow struct {
	Pos     token.Pos
	Posn    token.Position
	Package string
	Func    string // the enclosing function, "" at package level
	// Library is the library the request goes through ("golang.org/x/oauth2",
	// an SDK's package path) or "hand-built".
	Library string
	Route   string
	// Grants are the grants the flow uses: "authorization_code",
	// "implicit", "password", "client_credentials", "device_code",
	// "refresh_token", or "unknown".
	Grants       []string
	ResponseType string // the authorization request's response_type, when known

	Kind       string // KindNative, …
	Client     string // "a command-line client", "a server-side web app"
	Evidence   string // what decided the kind (as the rules' messages say it)
	KindReason string // for KindUnknown: why, in a word or two

	PKCE       string // S256, plain, none, ineffective, unknown, n/a
	PKCEReason string
	State      string // random, constant, predictable, missing, unknown, n/a
	StateWhy   string

	Endpoints []Endpoint
	// Path names the conditions under which this request is sent, when the
	// code builds different requests on different paths.
	Path string

	// Helper is the function that builds the request, when the flow
	// crosses functions: the row is the caller's (whose evidence decides
	// the kind), HelperPosn where the helper is declared.
	Helper     string
	HelperPosn token.Position
	// HelperKey is the helper's full name (types.Func.FullName), and
	// Returns the full names of the functions that return this request's
	// URL or make it: the driver drops a row whose function has callers
	// among the rows, and gives its findings to those callers.
	HelperKey string
	Returns   []string

	Spans []Span // the request's nodes: findings inside them are the row's
	Funcs []Span // the functions it lies in: findings there, when no span holds them
}

// Server is one authorization server configuration, or a hand-written
// authorization endpoint whose redirect URI check the model saw.
type Server struct {
	Pos     token.Pos
	Posn    token.Position
	Package string
	Library string // "fosite", "go-oauth2", "osin", or "hand-built"
	// Decisions says, per decision (DecisionNames: "implicit",
	// "password", ..., "code-grant"), "allowed", "forbidden" or
	// "unknown", and Why the evidence.
	Decisions []Decision
	Clients   int // clients registered in code
	Spans     []Span
}

// Decision is one thing a server decides.
type Decision struct {
	Name   string
	Status string
	Why    string
}

// DecisionNames are the JSON names of knowledge.Decision values, in order.
var DecisionNames = [knowledge.NumDecisions]string{
	knowledge.Implicit:      "implicit",
	knowledge.Password:      "password",
	knowledge.PKCEPublic:    "pkce-optional-public",
	knowledge.PKCEAll:       "pkce-optional",
	knowledge.PlainPKCE:     "plain-pkce",
	knowledge.LooseRedirect: "loose-redirect",
	knowledge.TokenByGet:    "token-get",
	knowledge.CodeGrant:     "code-grant",
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	kinds := pass.ResultOf[clientkind.Analyzer].(*clientkind.Result)
	b := &builder{pass: pass, model: model, kinds: kinds, res: &Result{}}
	b.flows()
	b.servers()
	return b.res, nil
}

type builder struct {
	pass  *analysis.Pass
	model *oauthmodel.Result
	kinds *clientkind.Result
	res   *Result
}

func (b *builder) inTest(pos token.Pos) bool {
	f := b.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

func (b *builder) flows() {
	byAuth := make(map[*oauthmodel.AuthRequest]*Flow)
	for _, r := range b.model.AuthRequests {
		if r.Node == nil || b.inTest(r.Node.Pos()) {
			continue
		}
		f := b.authFlow(r)
		byAuth[r] = f
		b.res.Flows = append(b.res.Flows, f)
	}
	// Token requests join the authorization requests of their flow (the
	// same oauth2.Config, else the package's code flows); the others are
	// flows of their own (client credentials, password, device).
	codeFlows := func(config types.Object) []*Flow {
		var out []*Flow
		for _, r := range b.model.AuthRequests {
			f := byAuth[r]
			if f == nil || !r.CodeFlow() || config != nil && r.Config != config {
				continue
			}
			out = append(out, f)
		}
		return out
	}
	for _, t := range b.model.TokenRequests {
		if t.Node == nil || b.inTest(t.Node.Pos()) {
			continue
		}
		grant := grantOf(t)
		var joined []*Flow
		if grant == "authorization_code" || grant == "refresh_token" {
			joined = codeFlows(t.Config)
			if len(joined) == 0 && t.Config == nil {
				// No oauth2.Config to go by (a hand-built exchange): the
				// code flows of its file (a provider's file), else of
				// the package.
				joined = codeFlows(nil)
				if same := b.sameFile(joined, t.Node); len(same) > 0 {
					joined = same
				}
			}
			if len(joined) == 0 && grant == "authorization_code" {
				// Configs made per request (provider.Config(returnURL) in
				// the login and in the callback handler): the package's
				// authorization requests that may be code flows.
				for _, r := range b.model.AuthRequests {
					if f := byAuth[r]; f != nil && !implicit(r) && !r.RedeemsCode {
						joined = append(joined, f)
					}
				}
			}
		}
		if len(joined) > 0 {
			for _, f := range joined {
				f.Spans = append(f.Spans, b.tokenSpans(t)...)
				f.Funcs = b.appendFunc(f.Funcs, t.Func)
				if grant == "refresh_token" && !slices.Contains(f.Grants, grant) {
					f.Grants = append(f.Grants, grant)
				}
				if grant == "authorization_code" && slices.Equal(f.Grants, []string{Unknown}) {
					// Its code is exchanged: a code flow, whatever the
					// options that hid its response_type.
					f.Grants = []string{grant}
					if f.PKCE == NotApplicable {
						f.PKCE = Unknown
					}
				}
				b.tokenEndpoint(f, t)
			}
			continue
		}
		if grant == "refresh_token" {
			continue // refreshing a token is no flow of its own
		}
		b.res.Flows = append(b.res.Flows, b.tokenFlow(t, grant))
	}
	b.endpoints()
}

// authFlow is the row of an authorization request.
func (b *builder) authFlow(r *oauthmodel.AuthRequest) *Flow {
	f := &Flow{
		Pos:     r.Node.Pos(),
		Posn:    b.pass.Fset.Position(r.Node.Pos()),
		Package: b.pass.Pkg.Path(),
		Func:    funcName(r.Func),
		Route:   r.Route.String(),
		Path:    r.Path,
	}
	f.Library = b.library(r.Route, r.Helper)
	f.ResponseType = paramValue(r.ResponseType)
	switch {
	case r.CodeFlow() && !implicit(r):
		f.Grants = []string{"authorization_code"}
	case implicit(r):
		f.Grants = []string{"implicit"}
	case r.ResponseType.Known && r.ResponseType.Value == "id_token":
		f.Grants = []string{"implicit"} // OpenID Connect's id_token flow
	default:
		f.Grants = []string{Unknown}
	}
	if r.RedeemsCode {
		f.Grants = []string{"authorization_code"}
	}

	c := b.kinds.Of(r)
	f.Kind, f.Client, f.Evidence = kindName(c.Kind), c.What, c.Evidence
	if c.Kind == clientkind.Unknown {
		f.KindReason = kindReason(r, c)
	}
	f.PKCE, f.PKCEReason = pkceOf(r)
	if f.Grants[0] != "authorization_code" && f.Grants[0] != Unknown {
		f.PKCE, f.PKCEReason = NotApplicable, ""
	}
	f.State, f.StateWhy = stateOf(r.State)

	if r.Route == oauthmodel.RouteHelper && r.Helper != nil {
		f.Helper = rules.FuncName(b.pass, r.Helper)
		f.HelperKey = r.Helper.FullName()
		if r.Helper.Pos().IsValid() {
			f.HelperPosn = b.pass.Fset.Position(r.Helper.Pos())
		}
		if r.Origin != nil {
			f.HelperPosn = b.pass.Fset.Position(r.Origin.Node.Pos())
			f.Spans = append(f.Spans, b.authSpans(r.Origin)...)
			f.Funcs = b.appendFunc(f.Funcs, r.Origin.Func)
		}
	} else if r.Route == oauthmodel.RouteHelper && r.Field != nil {
		f.Helper = "field " + r.Field.Name()
	}
	for _, s := range r.Sinks {
		if s.Kind == oauthmodel.SinkReturned && s.Func != nil {
			f.Returns = append(f.Returns, s.Func.FullName())
		}
	}
	if r.Forwarded || len(f.Returns) > 0 {
		if fn := b.declared(r.Func); fn != nil && !slices.Contains(f.Returns, fn.FullName()) {
			f.Returns = append(f.Returns, fn.FullName())
		}
	}
	f.Spans = append(f.Spans, b.authSpans(r)...)
	f.Funcs = b.appendFunc(f.Funcs, r.Func)
	if r.RedirectURI.Presence == value.Present {
		f.Endpoints = addEndpoint(f.Endpoints, "redirect", r.RedirectURI)
	}
	return f
}

// tokenFlow is the row of a token request that belongs to no
// authorization request of the package.
func (b *builder) tokenFlow(t *oauthmodel.TokenRequest, grant string) *Flow {
	f := &Flow{
		Pos:     t.Node.Pos(),
		Posn:    b.pass.Fset.Position(t.Node.Pos()),
		Package: b.pass.Pkg.Path(),
		Func:    funcName(t.Func),
		Route:   t.Route.String(),
		Grants:  []string{grant},
		PKCE:    NotApplicable,
		State:   NotApplicable,
		Kind:    KindUnknown,
	}
	f.Library = b.library(t.Route, t.Helper)
	switch grant {
	case "client_credentials":
		f.Kind, f.Client, f.Evidence = KindMachine, "a machine client", "uses the client credentials grant: no user takes part"
	case "device_code":
		f.Kind, f.Client, f.Evidence = KindDevice, "a device client", "uses the device authorization grant"
	case "authorization_code":
		f.KindReason = "URL built elsewhere"
		f.PKCE = PKCENone
		if t.Verifier.Presence == value.Present {
			f.PKCE = Unknown
			f.PKCEReason = "verifier sent; challenge built elsewhere"
		} else if t.Verifier.Presence == value.Unknown {
			f.PKCE = Unknown
		}
	case "password":
		f.KindReason = "password grant"
	case Unknown:
		f.KindReason = "grant unknown"
	default:
		f.KindReason = "grant " + grant
	}
	if t.Route == oauthmodel.RouteHelper && t.Helper != nil {
		f.Helper = rules.FuncName(b.pass, t.Helper)
		f.HelperKey = t.Helper.FullName()
		if t.Helper.Pos().IsValid() {
			f.HelperPosn = b.pass.Fset.Position(t.Helper.Pos())
		}
	}
	if fn := b.declared(t.Func); fn != nil {
		f.Returns = append(f.Returns, fn.FullName())
	}
	f.Spans = b.tokenSpans(t)
	f.Funcs = b.appendFunc(nil, t.Func)
	b.tokenEndpoint(f, t)
	return f
}

// tokenEndpoint adds the URL a hand-built token request is sent to.
func (b *builder) tokenEndpoint(f *Flow, t *oauthmodel.TokenRequest) {
	if t.Send == nil {
		return
	}
	for _, e := range b.model.Endpoints {
		if e.Kind == oauthmodel.EndpointToken && e.URL.Node != nil && within(e.URL.Node, t.Send) {
			f.Endpoints = addEndpoint(f.Endpoints, "token", e.URL)
		}
	}
}

// endpoints gives each row the endpoints the code configures in its
// function; those configured elsewhere (a package-level oauth2.Config, a
// constructor) go to the package's x/oauth2 rows when the package
// configures one endpoint of each kind at most, so that they cannot
// belong to another flow.
func (b *builder) endpoints() {
	var rest []oauthmodel.Endpoint
	for _, e := range b.model.Endpoints {
		if e.URL.Node == nil || b.inTest(e.URL.Node.Pos()) {
			continue
		}
		placed := false
		for _, f := range b.res.Flows {
			if inSpans(b.pass.Fset.Position(e.URL.Node.Pos()), f.Funcs) && usesEndpoint(f, e.Kind) {
				f.Endpoints = addEndpoint(f.Endpoints, endpointKind(e.Kind), e.URL)
				placed = true
			}
		}
		if !placed {
			rest = append(rest, e)
		}
	}
	count := make(map[oauthmodel.EndpointKind]int)
	for _, e := range rest {
		count[e.Kind]++
	}
	for _, n := range count {
		if n > 1 {
			return
		}
	}
	for _, f := range b.res.Flows {
		if f.Library != "golang.org/x/oauth2" {
			continue
		}
		for _, e := range rest {
			f.Endpoints = addEndpoint(f.Endpoints, endpointKind(e.Kind), e.URL)
			f.Spans = append(f.Spans, b.span(e.URL.Node))
		}
	}
}

// sameFile returns the flows whose request lies in n's file.
func (b *builder) sameFile(flows []*Flow, n ast.Node) []*Flow {
	file := b.pass.Fset.Position(n.Pos()).Filename
	var out []*Flow
	for _, f := range flows {
		if f.Posn.Filename == file {
			out = append(out, f)
		}
	}
	return out
}

// usesEndpoint reports whether a flow of this grant talks to an endpoint
// of this kind: the authorization endpoint and the redirect URI belong to
// authorization requests, the device endpoint to the device grant.
func usesEndpoint(f *Flow, k oauthmodel.EndpointKind) bool {
	switch k {
	case oauthmodel.EndpointAuthorization, oauthmodel.EndpointRedirect:
		return !slices.ContainsFunc(f.Grants, func(g string) bool {
			return g == "client_credentials" || g == "password" || g == "device_code"
		})
	case oauthmodel.EndpointDevice:
		return slices.Contains(f.Grants, "device_code")
	}
	return true
}

func (b *builder) servers() {
	for _, sc := range b.model.Server.Configs {
		if sc.Node == nil || b.inTest(sc.Node.Pos()) {
			continue
		}
		s := &Server{
			Pos:     sc.Node.Pos(),
			Posn:    b.pass.Fset.Position(sc.Node.Pos()),
			Package: b.pass.Pkg.Path(),
			Library: sc.Library,
			Clients: len(sc.Clients),
			Spans:   []Span{b.span(sc.Node)},
		}
		for d := range knowledge.NumDecisions {
			sd := sc.Decisions[d]
			st := Unknown
			switch sd.Status {
			case knowledge.Allowed:
				st = "allowed"
				if !sc.Usable(d) {
					st = "unused" // allowed, but no client registered in code can use it
				}
			case knowledge.Forbidden:
				st = "forbidden"
			}
			why := sd.Why
			if sd.Default && why != "" {
				why = "default: " + why
			}
			s.Decisions = append(s.Decisions, Decision{Name: DecisionNames[d], Status: st, Why: why})
			if sd.Node != nil {
				s.Spans = append(s.Spans, b.span(sd.Node))
			}
		}
		for _, c := range sc.Clients {
			if c.Node != nil {
				s.Spans = append(s.Spans, b.span(c.Node))
			}
		}
		b.res.Servers = append(b.res.Servers, s)
	}
	// A hand-written authorization endpoint: the model sees its redirect
	// URI check; nothing else it allows is known.
	for _, rc := range b.model.Server.RedirectChecks {
		if rc.Node == nil || b.inTest(rc.Node.Pos()) || b.inServer(rc.Node) {
			continue
		}
		s := &Server{
			Pos:     rc.Node.Pos(),
			Posn:    b.pass.Fset.Position(rc.Node.Pos()),
			Package: b.pass.Pkg.Path(),
			Library: "hand-built",
			Spans:   []Span{b.span(rc.Node)},
		}
		for d := range knowledge.NumDecisions {
			dec := Decision{Name: DecisionNames[d], Status: Unknown}
			if d == knowledge.LooseRedirect {
				dec.Status, dec.Why = "allowed", "the requested redirect_uri is compared with "+rc.How
			}
			s.Decisions = append(s.Decisions, dec)
		}
		b.res.Servers = append(b.res.Servers, s)
	}
}

// inServer reports whether n lies in a span of a server row already made.
func (b *builder) inServer(n ast.Node) bool {
	for _, s := range b.res.Servers {
		if inSpans(b.pass.Fset.Position(n.Pos()), s.Spans) {
			return true
		}
	}
	return false
}

func (b *builder) library(route oauthmodel.Route, helper *types.Func) string {
	switch route {
	case oauthmodel.RouteAuthCodeURL, oauthmodel.RouteExchange, oauthmodel.RoutePasswordToken, oauthmodel.RouteDeviceToken:
		return "golang.org/x/oauth2"
	case oauthmodel.RouteAuthHandler:
		return "golang.org/x/oauth2/authhandler"
	case oauthmodel.RouteEndpointParams, oauthmodel.RouteClientCredentials:
		return "golang.org/x/oauth2/clientcredentials"
	case oauthmodel.RouteParams, oauthmodel.RouteString:
		return "hand-built"
	case oauthmodel.RouteSDK, oauthmodel.RouteHelper:
		if helper != nil && helper.Pkg() != nil {
			return helper.Pkg().Path()
		}
	}
	return Unknown
}

// declared is the function object of a function declaration.
func (b *builder) declared(fn ast.Node) *types.Func {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok {
		return nil
	}
	f, _ := b.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	return f
}

func implicit(r *oauthmodel.AuthRequest) bool {
	_, ok := r.ImplicitResponseType()
	return ok
}

func grantOf(t *oauthmodel.TokenRequest) string {
	if !t.GrantType.Known {
		return Unknown
	}
	switch v := strings.ToLower(t.GrantType.Value); v {
	case oauthmodel.GrantPassword, oauthmodel.GrantPasswordRealm:
		return "password"
	case oauthmodel.GrantDeviceCode:
		return "device_code"
	case "client_credentials", "authorization_code", "refresh_token":
		return v
	}
	return t.GrantType.Value
}

func kindName(k clientkind.Kind) string {
	switch k {
	case clientkind.Native:
		return KindNative
	case clientkind.Browser:
		return KindBrowser
	case clientkind.Server:
		return KindServer
	}
	return KindUnknown
}

// kindReason says in a word or two why the kind is unknown.
func kindReason(r *oauthmodel.AuthRequest, c clientkind.Client) string {
	if c.Evidence != "" {
		return c.Evidence
	}
	for _, s := range r.Sinks {
		switch s.Kind {
		case oauthmodel.SinkReturned:
			return "URL returned to the caller"
		case oauthmodel.SinkField:
			return "URL stored in a field"
		}
	}
	if len(r.Sinks) == 0 {
		return "URL goes nowhere visible"
	}
	return "no evidence"
}

// pkceOf says what PKCE the request carries.
func pkceOf(r *oauthmodel.AuthRequest) (string, string) {
	switch {
	case r.Ineffective != "":
		return PKCEIneffective, r.Ineffective
	case r.Verifier.Presence == value.Present && r.Route != oauthmodel.RouteHelper:
		return PKCEIneffective, "code_verifier sent in the authorization request"
	case r.ConstantChallenge != nil:
		return PKCEIneffective, "constant verifier"
	case r.RedeemsCode && r.SDKWhy != "":
		return PKCENone, r.SDKWhy
	}
	switch r.Challenge.Presence {
	case value.Absent:
		return PKCENone, ""
	case value.Unknown:
		if r.Options == nil && r.Route == oauthmodel.RouteAuthCodeURL {
			return Unknown, "option list spread (opts...)"
		}
		return Unknown, "not known statically"
	}
	switch {
	case r.ChallengeMethod.MayBe("plain"):
		return PKCEPlain, "code_challenge_method=plain"
	case r.ChallengeMethod.Presence == value.Absent:
		return PKCEPlain, "no code_challenge_method: the server assumes plain"
	case r.ChallengeMethod.Known && r.ChallengeMethod.Value == "S256":
		return PKCES256, ""
	}
	return Unknown, "method not known statically"
}

func stateOf(s oauthmodel.State) (string, string) {
	switch s.Origin {
	case oauthmodel.StateRandom:
		return "random", s.Why
	case oauthmodel.StateConstant:
		return "constant", s.Why
	case oauthmodel.StatePredictable:
		return "predictable", s.Why
	case oauthmodel.StateMissing:
		return "missing", s.Why
	case oauthmodel.StateEmpty:
		return "missing", "empty string"
	case oauthmodel.StateCaller:
		return Unknown, "from the caller"
	}
	if s.Why == "" {
		return Unknown, "not followed"
	}
	return Unknown, s.Why
}

func paramValue(p oauthmodel.Param) string {
	if p.Known {
		return p.Value
	}
	return ""
}

func endpointKind(k oauthmodel.EndpointKind) string {
	switch k {
	case oauthmodel.EndpointAuthorization:
		return "authorization"
	case oauthmodel.EndpointToken:
		return "token"
	case oauthmodel.EndpointDevice:
		return "device"
	case oauthmodel.EndpointRedirect:
		return "redirect"
	}
	return "endpoint"
}

func addEndpoint(list []Endpoint, kind string, p oauthmodel.Param) []Endpoint {
	e := Endpoint{Kind: kind}
	if p.Known {
		e.URL = p.Value
	}
	e.Scheme = scheme(p)
	if slices.Contains(list, e) {
		return list
	}
	return append(list, e)
}

// scheme is the URL's scheme, when its text says it (a known URL, or one
// whose start is constant: "https://" + host).
func scheme(p oauthmodel.Param) string {
	text := p.Value
	if !p.Known {
		// A partly known value keeps its constant prefix.
		if i := strings.Index(text, "://"); i <= 0 {
			return ""
		}
	}
	if u, err := url.Parse(text); err == nil && u.Scheme != "" {
		return strings.ToLower(u.Scheme)
	}
	if i := strings.Index(text, ":"); i > 0 && !strings.ContainsAny(text[:i], "/?#") {
		return strings.ToLower(text[:i])
	}
	return ""
}

func funcName(fn ast.Node) string {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if fn.Recv != nil && len(fn.Recv.List) == 1 {
			t := fn.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			if ix, ok := t.(*ast.IndexExpr); ok {
				t = ix.X
			}
			if id, ok := t.(*ast.Ident); ok {
				return id.Name + "." + fn.Name.Name
			}
		}
		return fn.Name.Name
	case *ast.FuncLit:
		return "func literal"
	}
	return ""
}

func (b *builder) authSpans(r *oauthmodel.AuthRequest) []Span {
	out := []Span{b.span(r.Node)}
	for _, n := range []ast.Node{r.ResponseType.Node, r.Challenge.Node, r.ChallengeMethod.Node, r.RedirectURI.Node, r.Verifier.Node, r.ConstantChallenge, r.State.Node, r.Nonce.Node} {
		if n != nil {
			out = append(out, b.span(n))
		}
	}
	for _, s := range r.Sinks {
		if s.Node != nil {
			out = append(out, b.span(s.Node))
		}
	}
	return out
}

func (b *builder) tokenSpans(t *oauthmodel.TokenRequest) []Span {
	out := []Span{b.span(t.Node)}
	for _, n := range []ast.Node{t.GrantType.Node, t.Verifier.Node, t.Code.Node, t.Send} {
		if n != nil {
			out = append(out, b.span(n))
		}
	}
	return out
}

func (b *builder) appendFunc(list []Span, fn ast.Node) []Span {
	if fn == nil {
		return list
	}
	s := b.span(fn)
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func (b *builder) span(n ast.Node) Span {
	start, end := b.pass.Fset.Position(n.Pos()), b.pass.Fset.Position(n.End())
	return Span{File: start.Filename, Start: start.Offset, End: end.Offset}
}

func within(n, outer ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }

func inSpans(p token.Position, spans []Span) bool {
	for _, s := range spans {
		if s.Contains(p) {
			return true
		}
	}
	return false
}
