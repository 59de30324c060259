package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// sdkEntry is what the SDK tables (package knowledge) say about one
// function or method.
type sdkEntry struct {
	sdk        *knowledge.SDK
	call       *knowledge.Call
	ctor       *knowledge.Constructor
	pkceOption bool // a constructor option that turns PKCE on
	pointer    bool // returns a pointer to its string argument
	stateCheck *knowledge.ClientCall
	baseURL    *knowledge.BaseURL // the argument that names the server
}

type sdkIndex struct {
	funcs    map[string]sdkEntry // by sdkKey
	packages map[string]bool     // import paths that hold an entry
}

// sdkTables indexes the tables once per process, under every root.
var sdkTables = sync.OnceValue(func() *sdkIndex {
	idx := &sdkIndex{funcs: make(map[string]sdkEntry), packages: make(map[string]bool)}
	for _, sdk := range knowledge.SDKs {
		add := func(f knowledge.Func, e sdkEntry) {
			e.sdk = sdk
			for _, root := range sdk.Roots {
				path := joinPath(root, f.Pkg)
				idx.funcs[sdkKey(path, f.Recv, f.Name)] = e
				idx.packages[path] = true
			}
		}
		for i := range sdk.Calls {
			add(sdk.Calls[i].Func, sdkEntry{call: &sdk.Calls[i]})
		}
		for i := range sdk.Constructors {
			add(sdk.Constructors[i].Func, sdkEntry{ctor: &sdk.Constructors[i]})
		}
		for _, f := range sdk.PKCEOptions {
			add(f, sdkEntry{pkceOption: true})
		}
		for _, f := range sdk.Pointers {
			add(f, sdkEntry{pointer: true})
		}
		for i := range sdk.StateChecks {
			add(sdk.StateChecks[i].Func, sdkEntry{stateCheck: &sdk.StateChecks[i]})
		}
		for i := range sdk.BaseURLs {
			b := &sdk.BaseURLs[i]
			for _, root := range sdk.Roots {
				path := joinPath(root, b.Func.Pkg)
				k := sdkKey(path, b.Func.Recv, b.Func.Name)
				e := idx.funcs[k] // a constructor may have its entry already
				e.sdk, e.baseURL = sdk, b
				idx.funcs[k] = e
				idx.packages[path] = true
			}
		}
	}
	return idx
})

func joinPath(root, pkg string) string {
	if pkg == "" {
		return root
	}
	return root + "/" + pkg
}

func sdkKey(path, recv, name string) string { return path + " " + recv + " " + name }

// isSDKPackage reports whether path is a package some SDK table describes.
func isSDKPackage(path string) bool { return sdkTables().packages[trimVendor(path)] }

// lookupSDK finds fn in the SDK tables.
func lookupSDK(fn *types.Func) (sdkEntry, bool) {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return sdkEntry{}, false
	}
	idx := sdkTables()
	path := trimVendor(fn.Pkg().Path())
	if !idx.packages[path] {
		if path = forkRoot(fn.Pkg()); path == "" {
			return sdkEntry{}, false
		}
	}
	e, ok := idx.funcs[sdkKey(path, recvName(fn), fn.Name())]
	return e, ok
}

// forks caches forkRoot by import path.
var forks sync.Map // string → string

// forkRoot is the root of the SDK whose fork pkg is (knowledge.SDK
// ForkName): pkg bears the fork's name at the end of its path, outside
// the SDK's roots, and declares what the table names in the root
// package. "" for any other package.
func forkRoot(pkg *types.Package) string {
	path := trimVendor(pkg.Path())
	if r, ok := forks.Load(path); ok {
		return r.(string)
	}
	root := ""
	for _, sdk := range knowledge.SDKs {
		if sdk.ForkName != "" && pkg.Name() == sdk.ForkName && strings.HasSuffix(path, "/"+sdk.ForkName) && declaresSDK(pkg, sdk) {
			root = sdk.Roots[0]
			break
		}
	}
	forks.Store(path, root)
	return root
}

// declaresSDK reports whether pkg declares every call the table names in
// its root package, and the option fields of their request structs.
func declaresSDK(pkg *types.Package, sdk *knowledge.SDK) bool {
	n := 0
	for i := range sdk.Calls {
		c := &sdk.Calls[i]
		if c.Func.Pkg != "" {
			continue
		}
		n++
		if !declares(pkg, c.Func) {
			return false
		}
		if c.OptionsField == "" {
			continue
		}
		fn, _ := pkg.Scope().Lookup(c.Func.Name).(*types.Func)
		if fn == nil {
			return false // a method: its receiver's type was found by declares
		}
		sig := fn.Type().(*types.Signature)
		found := false
		for j := 0; j < sig.Params().Len(); j++ {
			if st, ok := derefStruct(sig.Params().At(j).Type()); ok && hasFields(st, c.OptionsField) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return n > 0
}

// derefStruct is the struct type t is, or points to.
func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// recvName is the name of fn's receiver type, "" for a function.
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// inSDK reports whether fn belongs to one of sdk's packages.
func inSDK(fn *types.Func, sdk *knowledge.SDK) bool {
	if fn.Pkg() == nil {
		return false
	}
	path := trimVendor(fn.Pkg().Path())
	if r := forkRoot(fn.Pkg()); r != "" {
		path = r
	}
	for _, root := range sdk.Roots {
		if path == root || strings.HasPrefix(path, root+"/") {
			return true
		}
	}
	return false
}

// isFunc reports whether fn is f of sdk, under any of its roots.
func isFunc(fn *types.Func, sdk *knowledge.SDK, f knowledge.Func) bool {
	fn = fn.Origin()
	if fn.Pkg() == nil || fn.Name() != f.Name || recvName(fn) != f.Recv {
		return false
	}
	path := trimVendor(fn.Pkg().Path())
	for _, root := range sdk.Roots {
		if path == joinPath(root, f.Pkg) {
			return true
		}
	}
	return false
}

// sdkFuncName is how messages name an SDK function:
// "(*authentication.OAuth).LoginWithPassword", "rp.AuthURLHandler".
func sdkFuncName(fn *types.Func) string {
	fn = fn.Origin()
	qual := func(p *types.Package) string { return p.Name() }
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return "(" + types.TypeString(sig.Recv().Type(), qual) + ")." + fn.Name()
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// sdkFuncText names a table's function for advice: "rp.WithPKCE".
func sdkFuncText(f knowledge.Func) string {
	pkg := f.Pkg[strings.LastIndex(f.Pkg, "/")+1:]
	switch {
	case f.Recv != "":
		return "(*" + pkg + "." + f.Recv + ")." + f.Name
	case pkg == "":
		return f.Name
	}
	return pkg + "." + f.Name
}

// argNamed is the argument of call for fn's parameter name (not the
// variadic one), or nil.
func argNamed(sig *types.Signature, call *ast.CallExpr, name string) ast.Expr {
	if name == "" || call == nil {
		return nil
	}
	n := sig.Params().Len()
	for i := range n {
		if sig.Params().At(i).Name() != name {
			continue
		}
		if (sig.Variadic() && i == n-1) || i >= len(call.Args) {
			return nil
		}
		return call.Args[i]
	}
	return nil
}

// variadicArgs are the arguments of call for fn's variadic parameter.
func variadicArgs(sig *types.Signature, call *ast.CallExpr) ([]ast.Expr, bool) {
	n := sig.Params().Len()
	if call == nil || !sig.Variadic() || len(call.Args) < n-1 {
		return nil, false
	}
	return call.Args[n-1:], call.Ellipsis.IsValid()
}

// sdkCall turns a call of an SDK table's function into the requests it
// makes: a token request with the grant it sends, an authorization code
// flow it starts or completes.
func (m *model) sdkCall(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return
	}
	if d := m.devirt[call]; d != nil {
		fn = d // an interface of the package's that only the SDK implements (devirt.go)
	}
	e, ok := lookupSDK(fn)
	if !ok || e.call == nil {
		return
	}
	fn = fn.Origin()
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	if e.call.Grant != "" {
		m.sdkToken(cur, call, fn, sig, e.call)
	}
	if e.call.Flow != knowledge.NoFlow {
		m.sdkFlow(cur, call, fn, sig, e)
	}
}

// sdkValue records the flow of an SDK handler named as a value, which
// serves the login where the program routes it: no arguments of the
// program's, the table's defaults and hooks only.
func (m *model) sdkValue(cur inspector.Cursor) {
	e := cur.Node().(ast.Expr)
	fn, ok := m.info.Uses[nameIdent(e)].(*types.Func)
	if !ok || m.inTest(e) {
		return
	}
	entry, ok := lookupSDK(fn)
	if !ok || entry.call == nil {
		return
	}
	if sig, ok := fn.Origin().Type().(*types.Signature); ok {
		m.sdkFlow(cur, nil, fn.Origin(), sig, entry)
	}
}

// grantText names a grant type for messages.
func grantText(grant string) string {
	if grant == GrantPasswordRealm {
		return "Auth0's password-realm grant"
	}
	return "grant_type=" + grant
}

func (m *model) sdkToken(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, sig *types.Signature, c *knowledge.Call) {
	name := sdkFuncName(fn)
	t := &TokenRequest{
		Node:      call,
		Route:     RouteSDK,
		Func:      enclosingFunc(cur),
		Helper:    fn,
		GrantType: Param{Presence: value.Present, Value: c.Grant, Known: true, Node: call},
		Verifier:  Param{Presence: value.Absent},
		SDKWhy:    fmt.Sprintf("%s always sends %s", name, grantText(c.Grant)),
	}
	body := argNamed(sig, call, c.RequestParam)
	if c.GrantField != "" {
		v, said := m.requestField(body, c.GrantField)
		s := value.Hole
		if v != nil {
			s = m.str(v, nil)
		}
		switch {
		case said && (v == nil || s == ""):
			t.SDKWhy = fmt.Sprintf("%s sends %s when %s is empty", name, grantText(c.Grant), c.GrantField)
		case v != nil && value.Known(s):
			t.GrantType = Param{Presence: value.Present, Value: c.FieldGrant, Known: true, Node: v}
			t.SDKWhy = fmt.Sprintf("%s sends %s when %s is set", name, grantText(c.FieldGrant), c.GrantField)
		default:
			t.GrantType = Param{Presence: value.Present, Node: call, Possible: []string{c.Grant, c.FieldGrant}}
			t.SDKWhy = fmt.Sprintf("%s sends %s, or %s when %s is set", name, grantText(c.Grant), grantText(c.FieldGrant), c.GrantField)
		}
	}
	code := argNamed(sig, call, c.CodeParam)
	if c.CodeField != "" {
		code, _ = m.requestField(body, c.CodeField)
	}
	if code != nil {
		t.Code = Param{Presence: value.Present, Node: code}
	}
	if c.VerifierField != "" {
		t.Verifier = Param{Presence: value.Unknown}
		if v, _ := m.requestField(body, c.VerifierField); v != nil {
			s := m.str(v, nil)
			t.Verifier = Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: v}
		}
	}
	m.result.TokenRequests = append(m.result.TokenRequests, t)
}

// requestField is the value the request struct argument gives its field
// name, when the argument is a literal (or a variable initialised with
// one). said reports that the code says: the literal is the argument
// itself, so a field it omits is empty.
func (m *model) requestField(arg ast.Expr, name string) (val ast.Expr, said bool) {
	lit := m.literalOf(arg)
	if lit == nil {
		return nil, false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
				return kv.Value, true
			}
		}
	}
	x := ast.Unparen(arg)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	return nil, x == lit
}

func (m *model) sdkFlow(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, sig *types.Signature, e sdkEntry) {
	c := e.call
	name := sdkFuncName(fn)
	node := cur.Node() // the call, or the handler named as a value
	r := &AuthRequest{
		Node:            node,
		Route:           RouteSDK,
		Func:            enclosingFunc(cur),
		Helper:          fn,
		ResponseType:    Param{Presence: value.Present, Value: "code", Known: true, Node: node},
		Challenge:       Param{Presence: value.Unknown},
		ChallengeMethod: Param{Presence: value.Unknown},
		Verifier:        Param{Presence: value.Absent},
		RedeemsCode:     c.Flow == knowledge.RedeemsCode,
		SDKFix:          c.Fix,
	}
	s256 := func() {
		r.Challenge = Param{Presence: value.Present, Node: node}
		r.ChallengeMethod = Param{Presence: value.Present, Value: "S256", Known: true, Node: node}
	}
	none := func(why string) {
		r.Challenge = Param{Presence: value.Absent}
		r.ChallengeMethod = Param{Presence: value.Absent}
		r.SDKWhy = why
	}
	switch c.PKCE {
	case knowledge.PKCENever:
		none(fmt.Sprintf("%s redeems the code without a code_verifier, so the authorization request had no code_challenge", name))
	case knowledge.PKCEAlways:
		s256()
		r.ChallengeS256 = true
	case knowledge.PKCEOfClient:
		client := m.sdkClient(argNamed(sig, call, c.ClientParam), 0)
		r.RedirectURI = client.redirect
		switch client.pkce {
		case value.Present:
			s256()
			r.ChallengeS256 = true
		case value.Absent:
			if client.call == nil || client.fn == nil || client.ctor == nil {
				break
			}
			opts := make([]string, len(e.sdk.PKCEOptions))
			for i, f := range e.sdk.PKCEOptions {
				opts[i] = sdkFuncText(f)
			}
			none(fmt.Sprintf("%s sends no code_challenge because the client from %s (line %d) has no %s option",
				name, sdkFuncName(client.fn), m.pass.Fset.Position(client.call.Pos()).Line, strings.Join(opts, " or ")))
			r.SDKFix = client.ctor.Fix
		}
	case knowledge.PKCEInField:
		v, said := m.unsetField(cur, argNamed(sig, call, c.RequestParam), c.OptionsField)
		switch {
		case v == nil && said:
			none(fmt.Sprintf("%s is given no %s, so it sends no code_challenge", name, c.OptionsField))
		case v != nil:
			opts := m.authOptions([]ast.Expr{v}, true)
			switch ch := opts.param(paramCodeChallenge); ch.Presence {
			case value.Present:
				r.Challenge = Param{Presence: value.Present, Node: v}
				r.ChallengeMethod = opts.param(paramChallengeMethod)
				r.ChallengeS256 = opts.s256
			case value.Absent:
				none(fmt.Sprintf("%s is given %s without oauth2.S256ChallengeOption, so it sends no code_challenge", name, c.OptionsField))
			}
		}
	case knowledge.PKCEInOptions:
		args, spread := variadicArgs(sig, call)
		switch m.sdkOptions(args, spread, e.sdk, c.ChallengeOptions) {
		case value.Present:
			s256()
		case value.Absent:
			opts := make([]string, len(c.ChallengeOptions))
			for i, f := range c.ChallengeOptions {
				opts[i] = sdkFuncText(f)
			}
			none(fmt.Sprintf("%s is given no %s option, so it sends no code_challenge", name, strings.Join(opts, " or ")))
		}
	}
	if c.RedirectField != "" {
		if v, _ := m.requestField(argNamed(sig, call, c.RequestParam), c.RedirectField); v != nil {
			s := m.str(v, nil)
			r.RedirectURI = Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: v}
		}
	}
	if c.ListenField != "" && call != nil && !m.inTestFile(call.Pos()) {
		if v, _ := m.requestField(argNamed(sig, call, c.RequestParam), c.ListenField); v != nil {
			m.listenAddrs(v)
		}
	}
	if c.StateParam != "" {
		if a := argNamed(sig, call, c.StateParam); a != nil {
			r.State = m.sharedState(cur, m.stateOf(a)) // provider.BeginAuth(state)
		}
	}
	if c.StateHook.Name != "" {
		r.State = m.hookState(e.sdk, c.StateHook)
	}
	m.addAuth(r, cur, nil)
	switch {
	case r.RedeemsCode:
		m.pend[r].flows = nil // the call returns tokens, not a URL
	case c.Delivery == knowledge.Redirects:
		m.pend[r].flows = nil
		r.Sinks = append(r.Sinks, Sink{Kind: SinkRedirect, Node: node, What: name})
	case c.Delivery == knowledge.ServesLoopback:
		m.pend[r].flows = nil
		r.Sinks = append(r.Sinks, Sink{Kind: SinkLoopback, Node: node, What: name + ", which serves it on a local listener and waits there for the code"})
	case c.Delivery == knowledge.OpensBrowser:
		m.pend[r].flows = nil
		r.Sinks = append(r.Sinks, Sink{Kind: SinkBrowser, Node: node, What: name + ", which opens the browser and waits on a local listener for the code"})
	}
}

// sdkClientValue is what the construction of an SDK client value says.
type sdkClientValue struct {
	pkce     value.Presence
	state    value.Presence // a StateOptions option: somewhere to keep the state
	redirect Param
	ctor     *knowledge.Constructor
	call     *ast.CallExpr // the constructor call
	fn       *types.Func
}

// sdkClient follows an SDK client value (a relying party) to the
// constructor call that built it: directly, through local variables,
// through fields of this package's types written in this package, or
// through this package's functions that return it. Values built on
// several paths agree or are unknown.
func (m *model) sdkClient(e ast.Expr, depth int) sdkClientValue {
	unknown := sdkClientValue{pkce: value.Unknown}
	if e == nil || depth > maxDepth {
		return unknown
	}
	var defs []sdkDef
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return unknown
		}
		entry, ok := lookupSDK(fn)
		if ok && entry.ctor != nil {
			return m.constructed(x, fn.Origin(), entry)
		}
		// newParty(…) of this package: what each of its returns builds.
		if _, ok := m.funcDecls[fn.Origin()]; ok {
			return m.returnedSDKClient(fn.Origin(), depth)
		}
		// Another package's function: what its fact says it returns.
		var f SDKClientFact
		if !m.pass.ImportObjectFact(fn.Origin(), &f) {
			return unknown
		}
		return f.value(x, fn.Origin())
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || m.addrTaken[v] {
			return unknown
		}
		for _, d := range m.defs[v] {
			if d.rhs == nil && d.op == token.VAR {
				continue // var p rp.RelyingParty, assigned below
			}
			defs = append(defs, sdkDef{d.rhs, d.tuple})
		}
		if len(m.defs[v]) == 0 {
			// loginPage(party) of the package: what its callers pass.
			args, _ := m.callerArgs(v)
			for _, a := range args {
				defs = append(defs, sdkDef{a, -1})
			}
		}
	case *ast.SelectorExpr:
		v, ok := m.info.Uses[x.Sel].(*types.Var)
		if !ok || !v.IsField() {
			return unknown
		}
		defs = m.sdkFields[v]
	default:
		return unknown
	}
	return m.sdkDefs(defs, depth)
}

// sdkDefs is the client value the definitions agree on.
func (m *model) sdkDefs(defs []sdkDef, depth int) sdkClientValue {
	unknown := sdkClientValue{pkce: value.Unknown}
	if len(defs) == 0 {
		return unknown
	}
	var out sdkClientValue
	for i, d := range defs {
		if d.rhs == nil || d.tuple > 0 || (d.tuple == 0 && !isCall(d.rhs)) {
			return unknown
		}
		c := m.sdkClient(d.rhs, depth+1)
		if i == 0 {
			out = c
			continue
		}
		if c.pkce != out.pkce {
			return unknown
		}
		if c.state != out.state {
			out.state = value.Unknown
		}
		if c.redirect.Value != out.redirect.Value || c.redirect.Known != out.redirect.Known {
			out.redirect = Param{}
		}
	}
	return out
}

// returnedSDKClient is the client value a function of this package
// returns, when every return agrees.
func (m *model) returnedSDKClient(fn *types.Func, depth int) sdkClientValue {
	cur := m.funcDecls[fn]
	var defs []sdkDef
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if len(ret.Results) == 0 || enclosingFunc(c) != cur.Node() {
			continue
		}
		if id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident); ok && id.Name == "nil" {
			continue // an error return
		}
		defs = append(defs, sdkDef{ret.Results[0], -1})
	}
	return m.sdkDefs(defs, depth)
}

// sdkDef is one value written to a variable or field of an SDK client type.
type sdkDef struct {
	rhs   ast.Expr
	tuple int
}

// recordSDKField remembers a write of rhs to field v when v holds an SDK
// client value, for sdkClient.
func (m *model) recordSDKField(v *types.Var, rhs ast.Expr, tuple int) {
	if v == nil || !v.IsField() || !isSDKType(v.Type()) {
		return
	}
	if m.sdkFields == nil {
		m.sdkFields = make(map[*types.Var][]sdkDef)
	}
	m.sdkFields[v] = append(m.sdkFields[v], sdkDef{rhs, tuple})
}

// isSDKType reports whether t is (a pointer to) a named type of an SDK
// package, such as rp.RelyingParty.
func isSDKType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && isSDKPackage(n.Obj().Pkg().Path())
}

// constructed reads a constructor call: whether its options turn PKCE on
// and the redirect URI it is given.
func (m *model) constructed(call *ast.CallExpr, fn *types.Func, e sdkEntry) sdkClientValue {
	sig := fn.Type().(*types.Signature)
	args, spread := variadicArgs(sig, call)
	var pkceOpts []knowledge.Func
	pkceOpts = append(pkceOpts, e.sdk.PKCEOptions...)
	out := sdkClientValue{
		pkce: m.sdkOptions(args, spread, e.sdk, pkceOpts),
		ctor: e.ctor,
		call: call,
		fn:   fn,
	}
	if len(e.sdk.StateOptions) > 0 {
		out.state = m.sdkOptions(args, spread, e.sdk, e.sdk.StateOptions)
	}
	if a := argNamed(sig, call, e.ctor.RedirectParam); a != nil {
		s := m.str(a, nil)
		out.redirect = Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: a}
	}
	if a := argNamed(sig, call, e.ctor.ConfigParam); a != nil {
		if lit := m.literalOf(a); lit != nil && isNamed(m.info.TypeOf(lit), pathOAuth2, typeOAuth2Config) {
			out.redirect = Param{Presence: value.Absent}
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == fieldRedirectURL {
						s := m.str(kv.Value, nil)
						out.redirect = Param{Presence: value.Present, Value: s, Known: value.Known(s), Node: kv.Value}
					}
				}
			}
		} else {
			out.redirect = m.configRedirect(m.objectOf(a))
		}
	}
	return out
}

// sdkOptions says whether a variadic option list holds one of want:
// present if some option on some path is one, absent when every option is
// a known function of the SDK and none is, unknown otherwise (an option
// list from a parameter, a configuration, a helper of the program).
func (m *model) sdkOptions(args []ast.Expr, spread bool, sdk *knowledge.SDK, want []knowledge.Func) value.Presence {
	present, unknown := false, false
	var visit func(e ast.Expr, depth int)
	visit = func(e ast.Expr, depth int) {
		if depth > maxDepth {
			unknown = true
			return
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(m.info, x).(*types.Func)
			if !ok || !inSDK(fn, sdk) {
				unknown = true
				return
			}
			for _, f := range want {
				if isFunc(fn, sdk, f) {
					present = true
				}
			}
			return
		case *ast.Ident:
			if d, ok := m.singleDef(m.varOf(x)); ok && d.rhs != nil && d.tuple < 0 {
				visit(d.rhs, depth+1)
				return
			}
		}
		unknown = true
	}
	switch {
	case spread && len(args) == 1:
		m.sliceElems(args[0], 0, visit, func() { unknown = true }, func(*types.Var) { unknown = true })
	case spread:
		unknown = true
	default:
		for _, a := range args {
			visit(a, 0)
		}
	}
	switch {
	case present:
		return value.Present
	case unknown:
		return value.Unknown
	}
	return value.Absent
}

// dropRedeemedFlows removes the flows inferred from a code exchange
// (RedeemsCode) in a package that builds an authorization code request of
// its own: the flow is judged where it starts.
func (m *model) dropRedeemedFlows() {
	started := false
	for _, r := range m.result.AuthRequests {
		if !r.RedeemsCode && r.CodeFlow() {
			started = true
			break
		}
	}
	if !started {
		return
	}
	kept := m.result.AuthRequests[:0]
	for _, r := range m.result.AuthRequests {
		if r.RedeemsCode {
			delete(m.pend, r)
			continue
		}
		kept = append(kept, r)
	}
	m.result.AuthRequests = kept
}

// SDKClientFact is exported for a function that returns an SDK client
// value (a relying party) whose construction decides PKCE, so that a
// flow another package runs with it (cli.CodeFlow in a command) is judged
// with that construction.
type SDKClientFact struct {
	PKCE          value.Presence
	State         value.Presence
	Redirect      string
	RedirectKnown bool
	// SDK and Ctor name the table's constructor (knowledge.SDK.Name, its
	// Func as "pkg recv name").
	SDK, Ctor string
}

func (*SDKClientFact) AFact() {}

func (f *SDKClientFact) String() string {
	return fmt.Sprintf("sdkClient(%s pkce=%s)", f.Ctor, f.PKCE)
}

// value is the client the fact describes, built by the call of fn.
func (f *SDKClientFact) value(call *ast.CallExpr, fn *types.Func) sdkClientValue {
	out := sdkClientValue{pkce: f.PKCE, state: f.State, call: call, fn: fn}
	if f.Redirect != "" || f.RedirectKnown {
		out.redirect = Param{Presence: value.Present, Value: f.Redirect, Known: f.RedirectKnown, Node: call}
	}
	for _, sdk := range knowledge.SDKs {
		if sdk.Name != f.SDK {
			continue
		}
		for i := range sdk.Constructors {
			if c := &sdk.Constructors[i]; ctorKey(c.Func) == f.Ctor {
				out.ctor = c
			}
		}
	}
	if out.ctor == nil {
		out.pkce = value.Unknown
	}
	return out
}

func ctorKey(f knowledge.Func) string { return f.Pkg + " " + f.Recv + " " + f.Name }

// exportSDKClients exports an SDKClientFact for each exported function of
// this package that returns an SDK client value whose construction is
// known.
func (m *model) exportSDKClients() bool {
	exported := false
	var fns []*types.Func
	for fn := range m.funcDecls {
		if !fn.Exported() || fn.Pkg() != m.pass.Pkg {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.Results().Len() == 0 || !isSDKType(sig.Results().At(0).Type()) {
			continue
		}
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		v := m.returnedSDKClient(fn, 0)
		if v.pkce == value.Unknown || v.ctor == nil {
			continue
		}
		var sdkName string
		for _, sdk := range knowledge.SDKs {
			for i := range sdk.Constructors {
				if &sdk.Constructors[i] == v.ctor {
					sdkName = sdk.Name
				}
			}
		}
		m.pass.ExportObjectFact(fn, &SDKClientFact{
			PKCE: v.pkce, State: v.state, Redirect: v.redirect.Value, RedirectKnown: v.redirect.Known,
			SDK: sdkName, Ctor: ctorKey(v.ctor.Func),
		})
		exported = true
	}
	return exported
}

// unsetField is requestField where the request struct may also be a
// local variable holding the literal, or a parameter bound to it at its
// function's one call site (leftOut): a field the literal leaves out is
// unset unless it is written, or the value's address taken, before the
// call (cfg := Config{…}; GetToken(ctx, cfg)).
func (m *model) unsetField(cur inspector.Cursor, arg ast.Expr, name string) (ast.Expr, bool) {
	val, said := m.requestField(arg, name)
	if val != nil || said || arg == nil {
		return val, said
	}
	return nil, m.leftOut(cur, arg, name, 0)
}

// listenAddrs records the addresses of a list an SDK listens on for the
// redirect (oauth2cli's LocalServerBindAddress), as the address of
// net.Listen is recorded: the literal list, or the variable holding it.
// A list made otherwise says nothing.
func (m *model) listenAddrs(v ast.Expr) {
	lit := m.literalOf(v)
	if lit == nil {
		return
	}
	if _, ok := underlying(m.info, lit).(*types.Slice); !ok {
		return
	}
	for _, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); ok {
			return // indexed elements: rare, left unknown
		}
	}
	// Backwards: the Signals keep the last address of each kind, and the
	// SDK tries the first address first.
	for i := len(lit.Elts) - 1; i >= 0; i-- {
		m.listener(lit.Elts[i])
	}
}

// hookState is the state a function the package assigns to the SDK's
// state hook returns (gothic.SetState = func(*http.Request) string {
// return "state" }): what every return of it gives. With no such
// assignment here, the SDK's own default applies, or one made elsewhere:
// unknown.
func (m *model) hookState(sdk *knowledge.SDK, hook knowledge.Func) State {
	if s, ok := m.hookStates[hook]; ok {
		return s // one walk for every call and handler the hook serves
	}
	s := m.findHookState(sdk, hook)
	if m.hookStates == nil {
		m.hookStates = make(map[knowledge.Func]State)
	}
	m.hookStates[hook] = s
	return s
}

func (m *model) findHookState(sdk *knowledge.SDK, hook knowledge.Func) State {
	out := State{}
	found := false
	for c := range m.in.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Lhs) != 1 || len(as.Rhs) != 1 || m.inTest(as) {
			continue
		}
		sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		v, ok := m.info.Uses[sel.Sel].(*types.Var)
		if !ok || v.Pkg() == nil || v.Name() != hook.Name || !sdkPath(sdk, trimVendor(v.Pkg().Path()), hook.Pkg) {
			continue
		}
		var s State
		switch f := ast.Unparen(as.Rhs[0]).(type) {
		case *ast.FuncLit:
			s = m.litReturnsState(f)
		case *ast.Ident, *ast.SelectorExpr:
			if fn, ok := m.info.Uses[nameIdent(f)].(*types.Func); ok && fn.Pkg() == m.pass.Pkg {
				s = m.returnsOrigin(fn, nil, 0)
			}
		}
		if found && s.Origin != out.Origin {
			return State{} // assigned twice, differently
		}
		out, found = s, true
		out.Node = as.Lhs[0] // where the program decides: the hook's assignment
	}
	return out
}

// litReturnsState is the state every return of a function literal gives.
func (m *model) litReturnsState(f *ast.FuncLit) State {
	var list []State
	ast.Inspect(f.Body, func(n ast.Node) bool {
		switch r := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(r.Results) == 1 {
				list = append(list, m.stateOf(r.Results[0]))
			} else {
				list = append(list, State{})
			}
		}
		return true
	})
	if len(list) == 0 {
		return State{}
	}
	return alternatives(list)
}

// sdkPath reports whether path is the package rel below one of sdk's roots.
func sdkPath(sdk *knowledge.SDK, path, rel string) bool {
	for _, root := range sdk.Roots {
		p := root
		if rel != "" {
			p += "/" + rel
		}
		if path == p {
			return true
		}
	}
	return false
}

// SDKStateSkip is a callback of an SDK that takes any state: the client
// it is handed has nowhere to keep the state (knowledge.SDK.StateChecks).
type SDKStateSkip struct {
	Node    *ast.CallExpr // the callback's call (rp.CodeExchangeHandler(…))
	Check   string        // its name
	Ctor    *ast.CallExpr // the client's constructor call
	CtorFn  string        // the constructor's name
	Options string        // the options that would give it a place ("rp.WithCookieHandler or …")
	Fix     string
}

// sdkStateSkips records the SDK callbacks whose client was built without
// a state option.
func (m *model) sdkStateSkips() {
	for _, cur := range m.sdkStateChecks {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || m.inTestFile(call.Pos()) {
			continue
		}
		e, ok := lookupSDK(fn)
		if !ok || e.stateCheck == nil {
			continue
		}
		client := m.sdkClient(argNamed(fn.Origin().Type().(*types.Signature), call, e.stateCheck.ClientParam), 0)
		if client.state != value.Absent || client.call == nil || client.fn == nil {
			continue
		}
		opts := make([]string, len(e.sdk.StateOptions))
		for i, f := range e.sdk.StateOptions {
			opts[i] = sdkFuncText(f)
		}
		m.result.SDKStateSkips = append(m.result.SDKStateSkips, SDKStateSkip{
			Node: call, Check: sdkFuncName(fn.Origin()), Ctor: client.call, CtorFn: sdkFuncName(client.fn),
			Options: strings.Join(opts, " or "), Fix: e.sdk.StateFix,
		})
	}
}
