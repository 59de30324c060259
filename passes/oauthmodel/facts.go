package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// AuthURLFact is exported for a function that returns an authorization URL
// (as passes/printf exports facts for printf wrappers). Its callers are
// judged at the call site: a command that prints ConsentURL(cfg) is a
// native client, whatever package built the URL.
//
// The fields describe the parameters the function itself sends; when it
// forwards a variadic AuthCodeOption parameter to AuthCodeURL
// (OptionsParam), the caller's options are added at each call.
type AuthURLFact struct {
	ResponseType   string // "" when unknown
	Challenge      value.Presence
	Method         string // code_challenge_method, when known
	MethodPresence value.Presence
	Verifier       value.Presence // code_verifier in the authorization URL
	S256           bool           // the challenge is S256ChallengeFromVerifier(…)
	RedirectURI    string         // when known
	ConfigParam    int            // 1-based index of the *oauth2.Config parameter, 0 if none
	OptionsParam   int            // 1-based index of a forwarded ...AuthCodeOption parameter, 0 if none
	StateParam     int            // 1-based index of the parameter sent as state, 0 if none
	// ChallengeParam is the 1-based index of the parameter sent as
	// code_challenge, VerifierParam that of the parameter the challenge
	// is derived from; 0 if none.
	ChallengeParam, VerifierParam int
	// ResponseTypeParam is the 1-based index of the parameter sent as
	// response_type when the function does not fix it, 0 if none.
	ResponseTypeParam int
	// Made is set when the function does not return the URL but makes
	// the request itself, in a package that cannot tell what kind of
	// client it serves (a library's Login that sends the URL somewhere
	// this package does not show): the command that calls it decides the
	// kind (a Wails or Fyne main package is a desktop app).
	Made bool
}

func (*AuthURLFact) AFact() {}

func (f *AuthURLFact) String() string {
	rt := f.ResponseType
	if rt == "" {
		rt = "?"
	}
	s := fmt.Sprintf("authURL(response_type=%s code_challenge=%s", rt, f.Challenge)
	if f.MethodPresence == value.Present && f.Method != "" {
		s += " method=" + f.Method
	}
	if f.OptionsParam > 0 {
		s += fmt.Sprintf(" options=arg%d", f.OptionsParam)
	}
	if f.ResponseTypeParam > 0 {
		s += fmt.Sprintf(" response_type=arg%d", f.ResponseTypeParam)
	}
	if f.Made {
		s += " made"
	}
	return s + ")"
}

// TokenRequestFact is exported for a function that makes a token request
// whose grant_type is one of its parameters (an SDK's LoginWithGrant(ctx,
// grantType, …)): each call is judged with the caller's grant type.
//
// It is also exported for a function that always sends the password grant
// itself (an SDK's Login(ctx, client, realm, user, password)). Where the
// grant is decided is where it is reported: a function of the same module
// as its caller is reported itself (and trusted or not with its package),
// so its callers there are not; a caller of another module's function
// (a dependency, which is not analysed for findings) chose it and is
// reported where it calls.
//
// And for a function that sends the password grant on paths its
// parameters choose (PasswordWhen): a call is judged by its constant
// arguments (grantpaths.go).
type TokenRequestFact struct {
	GrantTypeParam int         // 1-based index of the parameter sent as grant_type, or 0
	GrantType      string      // the grant type the function sends whatever its arguments (password only), or ""
	Module         string      // with GrantType: the module of the function, where the grant is decided ("" unknown)
	PasswordWhen   []PathGrant // the parameter conditions of the paths that send the password grant
}

func (*TokenRequestFact) AFact() {}

func (f *TokenRequestFact) String() string {
	if f.GrantType != "" {
		return fmt.Sprintf("tokenRequest(grant_type=%q)", f.GrantType)
	}
	if len(f.PasswordWhen) > 0 {
		return fmt.Sprintf("tokenRequest(grant_type=\"password\" %s)", f.PasswordWhen[0].Path)
	}
	return fmt.Sprintf("tokenRequest(grant_type=arg%d)", f.GrantTypeParam)
}

// FlowsFact marks a package that exports AuthURLFacts, so that importers
// know to look at their calls (and every other package can return early).
type FlowsFact struct{}

func (*FlowsFact) AFact()         {}
func (*FlowsFact) String() string { return "oauthFlows" }

// collectFacts computes AuthURLFacts for the functions that return the
// URLs of reqs.
func (m *model) collectFacts(reqs []*AuthRequest) {
	for _, r := range reqs {
		for _, s := range r.Sinks {
			if s.Kind != SinkReturned || s.Func == nil {
				continue
			}
			fn := s.Func
			if !returnsURL(fn) {
				continue
			}
			f := m.factOf(r, fn)
			if old := m.facts[fn]; old != nil {
				f = mergeFacts(old, f)
			}
			m.facts[fn] = f
			m.returned[fn] = append(m.returned[fn], r)
		}
		if fn := m.kindlessFunc(r); fn != nil {
			f := m.factOf(r, fn)
			f.Made = true
			if old := m.facts[fn]; old != nil {
				f = mergeFacts(old, f)
			}
			m.facts[fn] = f
			m.returned[fn] = append(m.returned[fn], r)
		}
	}
}

// kindlessFunc returns the function declaration that makes r, when
// nothing in this package tells what kind of client r belongs to (see
// AuthURLFact.Made): the URL goes to no sink that judges it, it is not
// built while serving HTTP, its redirect URI says nothing of a native
// app, and the package has no signal of its own (not a command, no GUI
// toolkit, listener, terminal read, redirect or browser launcher).
func (m *model) kindlessFunc(r *AuthRequest) *types.Func {
	if r.InHandler || !r.CodeFlow() {
		return nil
	}
	if r.Route == RouteHelper && !r.MadeByHelper {
		return nil // a URL another function returned, used here for something unseen
	}
	for _, s := range r.Sinks {
		if s.Kind != SinkReturned {
			return nil
		}
	}
	if len(r.Sinks) > 0 {
		return nil // returned: an AuthURLFact of its own
	}
	if r.RedirectURI.Known {
		switch ClassifyRedirect(r.RedirectURI.Value) {
		case RedirectLoopback, RedirectOOB, RedirectPrivateScheme:
			return nil
		}
	}
	s := &m.result.Signals
	if s.Main || s.JS || s.GUI != "" || s.WebFramework != "" || s.PublicListen != nil || s.LoopbackListen != nil ||
		s.OtherListen != nil || s.Redirects != nil || s.OpensBrowser != nil || len(s.Stdin) > 0 {
		return nil
	}
	for fn, cur := range m.funcDecls {
		if d := cur.Node(); d.Pos() <= r.Node.Pos() && r.Node.End() <= d.End() {
			return fn
		}
	}
	return nil
}

// returnsURL reports whether fn's first result can hold a URL: a string,
// or a parsed *url.URL (u, _ := url.Parse(conf.AuthCodeURL(…)); return u).
func returnsURL(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return false
	}
	t := sig.Results().At(0).Type()
	if isNamed(t, "net/url", "URL") {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func (m *model) factOf(r *AuthRequest, fn *types.Func) *AuthURLFact {
	f := &AuthURLFact{
		Challenge:      r.Challenge.Presence,
		MethodPresence: r.ChallengeMethod.Presence,
		Verifier:       r.Verifier.Presence,
		S256:           r.ChallengeS256,
	}
	if r.ResponseType.Known {
		f.ResponseType = r.ResponseType.Value
	}
	if r.ChallengeMethod.Known {
		f.Method = r.ChallengeMethod.Value
	}
	if r.RedirectURI.Known {
		f.RedirectURI = r.RedirectURI.Value
	}
	if fn == nil {
		return f // a field's URL: no parameters
	}
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if r.Config == p {
			f.ConfigParam = i + 1
		}
		if r.State.Origin == StateCaller {
			if id, ok := r.State.Node.(*ast.Ident); ok && m.info.Uses[id] == p {
				f.StateParam = i + 1
			}
		}
		if !r.ResponseType.Known && m.sentParam(r.ResponseType.Node, paramResponseType) == p {
			f.ResponseTypeParam = i + 1
		}
		if pd := m.pend[r]; pd != nil && pd.forwarded == p {
			f.OptionsParam = i + 1
			f.Challenge, f.MethodPresence = pd.fixed.challenge, pd.fixed.method
		}
	}
	if f.StateParam > 0 {
		m.challengeParams(f, r, sig)
	}
	return f
}

// sentParam is the variable whose value the node that sets the request
// parameter key sends: rt in oauth2.SetAuthURLParam("response_type", rt)
// or q.Set("response_type", string(rt)).
func (m *model) sentParam(n ast.Node, key string) *types.Var {
	e, _ := n.(ast.Expr)
	if _, isCall := n.(*ast.CallExpr); isCall {
		// The setter, or the call whose options hold it
		// (conf.AuthCodeURL(state, oauth2.SetAuthURLParam(key, rt))).
		e = nil
		ast.Inspect(n, func(x ast.Node) bool {
			if call, ok := x.(*ast.CallExpr); ok && e == nil && len(call.Args) == 2 && m.constString(call.Args[0]) == key {
				e = call.Args[1]
			}
			return e == nil
		})
	}
	if e == nil {
		return nil
	}
	if conv, isCall := ast.Unparen(e).(*ast.CallExpr); isCall && len(conv.Args) == 1 {
		if tv, isType := m.info.Types[conv.Fun]; isType && tv.IsType() {
			e = conv.Args[0] // string(kind)
		}
	}
	return m.localVar(e)
}

// mergeFacts combines the facts of two URLs one function may return: a
// property is known only where both agree.
func mergeFacts(a, b *AuthURLFact) *AuthURLFact {
	c := *a
	if a.ResponseType != b.ResponseType {
		c.ResponseType = ""
	}
	if a.Challenge != b.Challenge {
		c.Challenge = value.Unknown
	}
	if a.MethodPresence != b.MethodPresence || a.Method != b.Method {
		c.MethodPresence, c.Method = value.Unknown, ""
	}
	if a.Verifier != b.Verifier {
		c.Verifier = value.Unknown
	}
	c.S256 = a.S256 && b.S256
	if a.RedirectURI != b.RedirectURI {
		c.RedirectURI = ""
	}
	if a.ConfigParam != b.ConfigParam {
		c.ConfigParam = 0
	}
	if a.StateParam != b.StateParam {
		c.StateParam = 0
	}
	if a.ChallengeParam != b.ChallengeParam || a.VerifierParam != b.VerifierParam {
		c.ChallengeParam, c.VerifierParam = 0, 0
	}
	if a.ResponseTypeParam != b.ResponseTypeParam {
		c.ResponseTypeParam = 0
	}
	c.Made = a.Made && b.Made
	if a.OptionsParam != b.OptionsParam {
		c.OptionsParam = 0
		c.Challenge, c.MethodPresence = value.Unknown, value.Unknown
	}
	return &c
}

// exportFacts exports the facts of this package's exported helpers.
func (m *model) exportFacts() {
	fns := make([]*types.Func, 0, len(m.facts))
	for fn := range m.facts {
		if fn.Exported() && fn.Pkg() == m.pass.Pkg {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		m.pass.ExportObjectFact(fn, m.facts[fn])
	}
	exported := len(fns) > 0
	fns = fns[:0]
	for fn := range m.grantParams {
		if fn.Exported() && fn.Pkg() == m.pass.Pkg {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		m.pass.ExportObjectFact(fn, &TokenRequestFact{GrantTypeParam: m.grantParams[fn]})
		exported = true
	}
	module := ""
	if m.pass.Module != nil {
		module = m.pass.Module.Path
	}
	fns = fns[:0]
	for fn := range m.pathGrants {
		if fn.Exported() && fn.Pkg() == m.pass.Pkg && m.grantParams[fn] == 0 {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		m.pass.ExportObjectFact(fn, &TokenRequestFact{PasswordWhen: m.pathGrants[fn]})
		exported = true
	}
	for _, c := range m.constantGrants() {
		m.pass.ExportObjectFact(c.fn, &TokenRequestFact{GrantType: c.grant, Module: module})
		exported = true
	}
	if m.exportSDKClients() {
		exported = true
	}
	if exported || m.exported {
		m.pass.ExportPackageFact(&FlowsFact{})
	}
}

// constantGrants returns this package's exported functions that make a
// token request with the password grant whatever their arguments (by
// themselves, or by calling a function that always does), in source
// order. Only the password grant: it is the one whose choice a rule
// judges in the caller. A function that also forwards a grant_type
// parameter, or sends different grants, has no such fact.
func (m *model) constantGrants() []struct {
	fn    *types.Func
	grant string
} {
	grants := make(map[*types.Func]string)
	for _, t := range m.result.TokenRequests {
		decl, ok := t.Func.(*ast.FuncDecl)
		if !ok || t.Route == RouteSDK || t.Route == RouteClientCredentials {
			continue // a call of an SDK: reported at that call (client credentials: never reported)
		}
		fn, ok := m.info.Defs[decl.Name].(*types.Func)
		if !ok || !fn.Exported() || m.grantParams[fn] != 0 {
			continue
		}
		grant := ""
		if t.GrantType.Known && t.GrantType.Value == GrantPassword {
			grant = GrantPassword
		}
		if prev, seen := grants[fn]; seen && prev != grant {
			grant = ""
		}
		grants[fn] = grant
	}
	var out []struct {
		fn    *types.Func
		grant string
	}
	for fn, g := range grants {
		if g != "" {
			out = append(out, struct {
				fn    *types.Func
				grant string
			}{fn, g})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].fn.Pos() < out[j].fn.Pos() })
	return out
}

// forwardedGrantType records that fn sends its parameter e as grant_type.
func (m *model) forwardedGrantType(fn ast.Node, e ast.Expr) bool {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok || e == nil {
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	obj, ok := m.info.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	sig := obj.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		if m.info.Uses[id] == sig.Params().At(i) && len(m.defs[sig.Params().At(i)]) == 0 {
			if _, seen := m.grantParams[obj]; seen {
				return false
			}
			m.grantParams[obj] = i + 1
			return true
		}
	}
	return false
}
