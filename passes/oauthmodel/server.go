package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// ServerSide is what the package says as an authorization server: the
// servers it configures, the clients it registers in code, and the
// redirect URI checks it writes by hand.
type ServerSide struct {
	Configs        []*ServerConfig
	Clients        []*StaticClient
	RedirectChecks []*RedirectCheck
	// Unchecked are hand-written authorization responses that send a
	// code or token to the redirect URI the request named without
	// comparing it with anything (unchecked.go).
	Unchecked []*UncheckedRedirect
}

// ServerConfig is one authorization server's configuration, as far as the
// code fixes it: for each decision (knowledge.Decision) what it allows and
// the node that decided.
type ServerConfig struct {
	Library   string   // knowledge.Server.Name
	Node      ast.Node // the call that makes the server (or its configuration)
	Decisions [knowledge.NumDecisions]ServerDecision
	// Clients are the clients of this library the package registers in
	// code (empty when registration is not in code: a store, a database).
	Clients []*StaticClient
	// Advice is the library's advice for each decision.
	Advice map[knowledge.Decision]string
}

// ServerDecision is the status of one decision, the node that made it and
// why, in words for a message.
type ServerDecision struct {
	Status knowledge.Status
	Node   ast.Node
	Why    string
	// Default is set when no code decides and a constructor's default, or
	// a field's zero value, applies.
	Default bool
	Fix     ServerFix
}

// ServerFix is a safe edit to the configuration, when there is one.
type ServerFix struct {
	Remove *ast.KeyValueExpr // drop this field from its literal
	Lit    *ast.CompositeLit // add Field: true to this literal
	Field  string
}

// StaticClient is a client value of a server library written in code.
type StaticClient struct {
	Node    ast.Node
	Library string
	// Public is Allowed for a public client, Forbidden for a confidential
	// one, Unknown when the code does not fix it.
	Public        knowledge.Status
	ResponseTypes []string // nil when not known or not modelled
	GrantTypes    []string
	Known         bool // ResponseTypes and GrantTypes are exactly the client's
	// Asks says, per decision, where the registration itself asks for
	// it (a token response type or the implicit grant, the password
	// grant, a public kind of application registered as confidential):
	// nil Node when it does not, or not in code.
	Asks [knowledge.NumDecisions]ClientAsk
	// Advice is the library's advice for a registration that asks.
	Advice map[knowledge.Decision]string
	// AnyRedirect says why the library's default redirect URI check
	// passes every URI for this client (knowledge.Client.RedirectBase);
	// "" when it does not, or the code does not say.
	AnyRedirect string
}

// ClientAsk is where and why a client registration asks for a decision.
type ClientAsk struct {
	Node ast.Node
	Why  string
	// Default is set when the registration asks by leaving out what
	// would forbid it (a public client without the attribute that
	// requires PKCE), rather than by saying so.
	Default bool
}

// Usable reports whether the clients the code registers can use what
// decision d allows: false only when the package registers its clients in
// code and none of them can (all confidential for PKCEPublic; none with a
// token response type for Implicit; none with the password grant).
func (s *ServerConfig) Usable(d knowledge.Decision) bool {
	if len(s.Clients) == 0 {
		return true
	}
	for _, c := range s.Clients {
		switch d {
		case knowledge.PKCEPublic:
			if c.Public != knowledge.Forbidden {
				return true
			}
		case knowledge.Implicit:
			if !c.Known || c.ResponseTypes == nil || anyWord(c.ResponseTypes, "token") {
				return true
			}
		case knowledge.Password:
			if !c.Known || c.GrantTypes == nil || anyWord(c.GrantTypes, GrantPassword) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

func anyWord(list []string, w string) bool {
	for _, s := range list {
		if hasWord(s, w) {
			return true
		}
	}
	return false
}

// RedirectCheck is a hand-written comparison of a requested redirect URI
// that is not exact: a prefix, suffix, substring or pattern match.
type RedirectCheck struct {
	Node ast.Expr // the comparison: a call, or the x == "*" of a wildcard
	How  string   // "strings.HasPrefix", "regexp", "path.Match"; for strings.Index, the test it makes ("strings.HasPrefix", "strings.Contains"); Wildcard
	// Exact is, for a wildcard, the exact comparison of the same
	// registered value with the requested URI that accepts it too.
	Exact     *ast.BinaryExpr
	Requested ast.Expr // the requested redirect URI (or a part of it)
	// Against is the other operand, nil for a regular expression method.
	Against ast.Expr
	// Constant is Against's value when it is a constant.
	Constant string
	// Via is the function, called at Node, whose parameter reaches the
	// comparison How, and ViaAt where that comparison is ("match.go:25");
	// nil when Node is the comparison itself.
	Via   *types.Func
	ViaAt string
	// Refuses is set when the request is refused where the test holds
	// (if HasPrefix(uri, reg) && uri != reg { refuse }): the test is the
	// wrong way round, and every URI it does not match passes.
	Refuses bool
}

// libRef is a package's place in a server library.
type libRef struct {
	lib *knowledge.Server
	rel string // the package relative to the library's root
}

// serverLibOf finds the server library a package belongs to: by import
// path (upstream, forks, old paths), else by the API's shape (a fork or
// an in-repo copy under another path).
//
// Only packages readable says may be looked into are matched by shape:
// the package analysed and those it imports directly, which are complete.
// Another package reached through export data may be incomplete, and the
// driver may be filling it from another package's export data at that
// moment (export data readers complete the graph's shared packages), so
// reading its scope would race.
func serverLibOf(pkg *types.Package, readable func(*types.Package) bool) libRef {
	if pkg == nil {
		return libRef{}
	}
	path := trimVendor(pkg.Path())
	for _, lib := range knowledge.Servers {
		for _, p := range lib.Paths {
			if path == p {
				return libRef{lib, ""}
			}
			if strings.HasPrefix(path, p+"/") {
				return libRef{lib, path[len(p)+1:]}
			}
		}
		for _, p := range lib.Wrappers {
			if path == p {
				return libRef{lib, p}
			}
		}
	}
	if !readable(pkg) {
		return libRef{}
	}
	for _, lib := range knowledge.Servers {
		if hasShape(pkg, lib.Shape) {
			return libRef{lib, ""}
		}
		for _, imp := range pkg.Imports() {
			if strings.HasPrefix(pkg.Path(), imp.Path()+"/") && readable(imp) && hasShape(imp, lib.Shape) {
				return libRef{lib, pkg.Path()[len(imp.Path())+1:]}
			}
		}
		for _, part := range lib.Parts {
			if strings.HasSuffix(pkg.Path(), "/"+part.Pkg) && hasShape(pkg, part) {
				return libRef{lib, part.Pkg}
			}
		}
	}
	return libRef{}
}

func hasShape(pkg *types.Package, s knowledge.Shape) bool {
	tn, ok := pkg.Scope().Lookup(s.Type).(*types.TypeName)
	if !ok {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	return hasFields(st, s.Fields...)
}

func hasFields(st *types.Struct, names ...string) bool {
	for _, name := range names {
		found := false
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// lib is serverLibOf, once per package and run.
// readable reports whether pkg's scope may be read (see serverLibOf):
// the package analysed, or one it imports directly.
func (m *model) readable(pkg *types.Package) bool {
	return pkg == m.pass.Pkg || directImport(m.pass.Pkg, pkg)
}

func directImport(from, pkg *types.Package) bool {
	for _, imp := range from.Imports() {
		if imp == pkg {
			return true
		}
	}
	return false
}

func (m *model) lib(pkg *types.Package) libRef {
	if m.libs == nil {
		m.libs = make(map[*types.Package]libRef)
	}
	r, ok := m.libs[pkg]
	if !ok {
		r = serverLibOf(pkg, m.readable)
		m.libs[pkg] = r
	}
	return r
}

// libFunc reports whether fn is f of the library.
func (m *model) libFunc(fn *types.Func, f knowledge.Func) bool {
	if fn.Name() != f.Name {
		return false
	}
	if r := m.lib(fn.Pkg()); r.lib == nil || r.rel != f.Pkg {
		return false
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n := namedOf(sig.Recv().Type()); n != nil {
			recv = n.Obj().Name()
		}
	}
	return recv == f.Recv
}

// libType reports whether t (or *t) is the library's type k.
func (m *model) libType(t types.Type, k knowledge.Type) bool {
	n := namedOf(t)
	if n == nil || n.Obj().Name() != k.Name {
		return false
	}
	r := m.lib(n.Obj().Pkg())
	return r.lib != nil && r.rel == k.Pkg
}

func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// serverSet is an assignment to a library type's field: cfg.ForcePKCE = true.
type serverSet struct {
	lhs *ast.SelectorExpr
	rhs ast.Expr
}

// serverField records an assignment to a field of a server library type.
func (m *model) serverField(l *ast.SelectorExpr, rhs ast.Expr, tuple int) {
	if rhs == nil || tuple >= 0 {
		return
	}
	sel, ok := m.info.Selections[l]
	if !ok || sel.Kind() != types.FieldVal {
		return
	}
	if n := namedOf(sel.Recv()); n != nil && m.lib(n.Obj().Pkg()).lib != nil {
		m.serverSets = append(m.serverSets, serverSet{l, rhs})
	}
}

// serverLit records a composite literal of a server library type.
func (m *model) serverLit(cur inspector.Cursor, t types.Type) {
	n := namedOf(t)
	if n == nil {
		return
	}
	if n.Obj().Pkg() != m.pass.Pkg && m.lib(n.Obj().Pkg()).lib != nil || n.Obj().Pkg() == m.pass.Pkg && m.ifaceClients()[n.Obj()] != nil {
		m.serverLits = append(m.serverLits, cur)
	}
}

// matchFuncs are the comparisons that are not exact, by how they match.
var matchFuncs = map[string]string{
	"strings.HasPrefix":            "prefix",
	"strings.HasSuffix":            "suffix",
	"strings.Contains":             "substring",
	"strings.Index":                "index", // a prefix or substring test by how its result is compared (indexTest)
	"path.Match":                   "pattern",
	"path/filepath.Match":          "pattern",
	"regexp.MatchString":           "regular expression",
	"(*regexp.Regexp).MatchString": "regular expression",
	"(*regexp.Regexp).Match":       "regular expression",
}

// anchorUse is one call that makes a server or its configuration.
type anchorUse struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	fn   *types.Func
	lib  *knowledge.Server
	a    *knowledge.Anchor
	obj  types.Object // what the result is stored in
	sc   *ServerConfig
	// param is the parameter of the function around the call that its
	// configuration comes from, when no argument of this package fixes
	// it (serverparam.go).
	param *types.Var
}

type setterUse struct {
	call *ast.CallExpr
	fn   *types.Func
	lib  *knowledge.Server
	s    *knowledge.Setter
	obj  types.Object
}

// buildServers turns the recorded library calls, literals and field
// assignments into ServerConfigs, and the recorded comparisons into
// RedirectChecks.
func (m *model) buildServers() {
	if len(m.serverCalls) == 0 && len(m.serverParamCalls) == 0 && len(m.serverLits) == 0 && len(m.matchCalls) == 0 && len(m.starTests) == 0 && len(m.looseImported) == 0 && len(m.ifaceClients()) == 0 {
		return
	}
	if m.lib(m.pass.Pkg).lib != nil {
		return // the library itself: its own calls are not a program's server
	}
	var anchors []*anchorUse
	var setters []*setterUse
	for _, cur := range m.serverCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			continue
		}
		fn = fn.Origin()
		lib := m.lib(fn.Pkg()).lib
		for i := range lib.Anchors {
			if a := &lib.Anchors[i]; m.libFunc(fn, a.Func) {
				anchors = append(anchors, &anchorUse{cur: cur, call: call, fn: fn, lib: lib, a: a, obj: m.assignedObj(cur)})
			}
		}
		for i := range lib.Setters {
			if s := &lib.Setters[i]; m.libFunc(fn, s.Func) {
				var obj types.Object
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					obj = m.rootObj(sel.X)
				}
				setters = append(setters, &setterUse{call: call, fn: fn, lib: lib, s: s, obj: obj})
			}
		}
	}
	anchors = append(anchors, m.literalAnchors()...)
	setters = append(setters, m.setterFields()...)
	consumed := make(map[*ast.CallExpr]bool)
	for _, builds := range []bool{false, true} {
		for _, u := range anchors {
			if u.a.Builds != builds || consumed[u.call] || m.inTest(u.call) {
				continue
			}
			u.sc = m.serverConfig(u, consumed)
			m.result.Server.Configs = append(m.result.Server.Configs, u.sc)
		}
	}
	m.applySetters(anchors, setters)
	for _, u := range anchors {
		if u.sc != nil {
			derive(u.sc)
			m.noAuthorizeEndpoint(u)
			m.noRedirectUse(u)
		}
	}
	m.exportServerParams(anchors)
	m.builtServers(consumed)
	mootRedirects(anchors)
	m.exactRedirectGate(anchors) // exactredirect.go
	m.staticClients()
	m.confidentialClients() // confidential.go
	m.redirectChecks(setters)
}

// literalAnchors are the anchors made by composite literals of a
// library's server type (knowledge.Anchor.Lit): each stands for the call
// it replaces, its configuration field as the call's argument, so that
// the call's defaults apply where the literal is.
func (m *model) literalAnchors() []*anchorUse {
	var out []*anchorUse
	for _, cur := range m.serverLits {
		lit, ok := cur.Node().(*ast.CompositeLit)
		if !ok || lit.Type == nil {
			continue
		}
		n := namedOf(m.info.TypeOf(lit))
		if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg() == m.pass.Pkg {
			continue
		}
		lib := m.lib(n.Obj().Pkg()).lib
		if lib == nil {
			continue
		}
		for i := range lib.Anchors {
			a := &lib.Anchors[i]
			if a.Lit == "" || a.Lit != n.Obj().Name() || a.Factories >= 0 {
				continue // a call with factories has no literal form to read
			}
			fn, ok := n.Obj().Pkg().Scope().Lookup(a.Func.Name).(*types.Func)
			if !ok {
				continue
			}
			call := &ast.CallExpr{Fun: lit.Type, Lparen: lit.Lbrace, Rparen: lit.Rbrace}
			if a.Config >= 0 {
				var cfg ast.Expr
				for _, elt := range lit.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == a.LitConfig {
							cfg = kv.Value
						}
					}
				}
				if cfg == nil {
					continue // no configuration: a zero server, which serves nothing
				}
				// Only Args[a.Config] is read; the ones before it hold
				// the same expression so that none is nil.
				call.Args = make([]ast.Expr, a.Config+1)
				for j := range call.Args {
					call.Args[j] = cfg
				}
			}
			at := cur
			if u, ok := cur.Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
				at = cur.Parent() // &osin.Server{…}
			}
			out = append(out, &anchorUse{cur: at, call: call, fn: fn, lib: lib, a: a, obj: m.assignedObj(at)})
		}
	}
	return out
}

func (m *model) inTest(n ast.Node) bool {
	f := m.pass.Fset.File(n.Pos())
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// derive completes decisions that follow from others.
func derive(sc *ServerConfig) {
	d := &sc.Decisions
	if d[knowledge.PKCEAll].Status == knowledge.Forbidden && d[knowledge.PKCEPublic].Status != knowledge.Forbidden {
		d[knowledge.PKCEPublic] = d[knowledge.PKCEAll]
		d[knowledge.PKCEPublic].Fix = ServerFix{}
	}
	// A server that redeems no code: what only a code exchange checks is
	// moot, and so is the redirect URI when no token leaves the
	// authorization endpoint either.
	cg := d[knowledge.CodeGrant]
	if cg.Status != knowledge.Forbidden {
		return
	}
	moot := func(x knowledge.Decision) {
		if d[x].Status == knowledge.Allowed {
			d[x] = ServerDecision{Status: knowledge.Forbidden, Node: cg.Node,
				Why: "the server allows no authorization_code grant (" + cg.Why + "), so no code is ever redeemed"}
		}
	}
	for _, x := range knowledge.CodeOnly {
		moot(x)
	}
}

// mootRedirects applies to a package whose servers of a library all
// forbid both the code grant and the implicit grant: no code and no token
// is ever sent to a redirect URI, so how the library's managers and
// servers in the package compare redirect URIs decides nothing.
func mootRedirects(anchors []*anchorUse) {
	type verdict struct {
		servers int
		open    bool
		node    ast.Node
		why     string
	}
	by := make(map[*knowledge.Server]*verdict)
	for _, u := range anchors {
		if u.sc == nil || !isServer(u.a) {
			continue
		}
		v := by[u.lib]
		if v == nil {
			v = &verdict{}
			by[u.lib] = v
		}
		v.servers++
		cg, im := u.sc.Decisions[knowledge.CodeGrant], u.sc.Decisions[knowledge.Implicit]
		if cg.Status != knowledge.Forbidden || im.Status != knowledge.Forbidden {
			v.open = true
			continue
		}
		if v.node == nil {
			v.node, v.why = cg.Node, cg.Why
		}
	}
	for _, u := range anchors {
		v := by[u.lib]
		if u.sc == nil || v == nil || v.open {
			continue
		}
		if sd := &u.sc.Decisions[knowledge.LooseRedirect]; sd.Status == knowledge.Allowed {
			*sd = ServerDecision{Status: knowledge.Forbidden, Node: v.node,
				Why: "the package's servers allow neither the authorization_code grant (" + v.why + ") nor the implicit grant, so nothing is ever sent to a redirect URI"}
		}
	}
}

// isServer reports whether an anchor makes a server, or the configuration
// that decides its grants, rather than a part beside it (go-oauth2's
// manager).
func isServer(a *knowledge.Anchor) bool {
	if a.Serves || a.Builds || a.Config >= 0 || a.Factories >= 0 {
		return true
	}
	for _, d := range a.Defaults {
		if d.Decision == knowledge.CodeGrant || d.Decision == knowledge.Implicit {
			return true
		}
	}
	return false
}

// cfgSource is where a server's configuration comes from.
type cfgSource struct {
	ctor    *anchorUse        // a constructor with defaults (server.NewConfig)
	lit     *ast.CompositeLit // a literal
	zero    *ast.CallExpr     // new(T): T's zero value
	objs    []types.Object    // variables whose field assignments apply
	unknown bool
	// param is set when the configuration is a parameter of the
	// function around the server that the package cannot follow to one
	// argument: the callers' (serverparam.go).
	param *types.Var
	// made is set when the configuration is what another package's
	// function returns, which its fact describes, called at madeAt
	// (serverparam.go).
	made   *ServerConfigFact
	madeAt *ast.CallExpr
}

func (m *model) serverConfig(u *anchorUse, consumed map[*ast.CallExpr]bool) *ServerConfig {
	sc := &ServerConfig{Library: u.lib.Name, Node: u.call, Advice: u.lib.Advice}
	m.applyDefaults(sc, u)
	src := &cfgSource{}
	if u.obj != nil {
		src.objs = append(src.objs, u.obj)
	}
	switch {
	case u.a.Builds:
		// The configuration itself: its defaults are applied above.
	case u.a.Config >= 0 && u.a.Config < len(u.call.Args):
		m.resolveConfig(u.call.Args[u.a.Config], u.lib, src, consumed, 0)
	}
	u.param = src.param
	if src.ctor != nil {
		m.applyDefaults(sc, src.ctor)
	}
	fields := u.lib.Fields
	if src.unknown {
		for _, f := range fields {
			sc.Decisions[f.Decision] = ServerDecision{Node: u.call}
		}
	}
	switch {
	case src.lit != nil:
		m.applyLiteral(sc, u.lib, m.info.TypeOf(src.lit), src.lit, src.lit)
	case src.zero != nil:
		m.applyLiteral(sc, u.lib, m.info.TypeOf(src.zero), src.zero, nil)
	case src.made != nil:
		applyMade(sc, src)
	}
	m.applyFieldSets(sc, u.lib, src.objs)
	if u.a.Factories >= 0 {
		m.applyFactories(sc, u)
	}
	return sc
}

func (m *model) applyDefaults(sc *ServerConfig, u *anchorUse) {
	for _, d := range u.a.Defaults {
		sd := ServerDecision{Status: d.Status, Node: u.call, Why: d.Why, Default: true}
		if d.Field != "" && !m.declaresFieldFor(u.fn, d.Field) {
			sd.Status, sd.Why = d.MissingStatus, d.Missing
			if d.MissingAdvice != "" {
				// The library's advice names the field this release
				// lacks: this configuration's own copy says what to do.
				advice := make(map[knowledge.Decision]string, len(sc.Advice)+1)
				for k, v := range sc.Advice {
					advice[k] = v
				}
				advice[d.Decision] = d.MissingAdvice
				sc.Advice = advice
			}
		}
		if d.Checked != "" && sd.Status == knowledge.Allowed && m.readsParam(d.Checked) {
			sd = ServerDecision{Status: knowledge.Unknown, Node: u.call,
				Why: "the package reads the request's " + d.Checked + " itself, and may refuse what the library would allow"}
		}
		sc.Decisions[d.Decision] = sd
	}
}

// readsParam reports whether the package's own code (tests aside) reads
// the request parameter p: a call with a string result whose one argument
// is p (r.FormValue(p), r.URL.Query().Get(p), c.Query(p)), or an index of
// a map by p (r.Form[p]). It walks the package only when a default asks,
// and remembers the answer.
func (m *model) readsParam(p string) bool {
	if v, ok := m.paramReads[p]; ok {
		return v
	}
	found := false
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
		var arg ast.Expr
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if len(n.Args) == 1 && m.isString(n) {
				arg = n.Args[0]
			}
		case *ast.IndexExpr:
			if t, ok := m.info.Types[n.X]; ok {
				if _, isMap := t.Type.Underlying().(*types.Map); isMap {
					arg = n.Index
				}
			}
		}
		if arg != nil && m.isString(arg) && m.str(arg, nil) == p && !m.inTest(arg) {
			found = true
			break
		}
	}
	if m.paramReads == nil {
		m.paramReads = make(map[string]bool)
	}
	m.paramReads[p] = found
	return found
}

// declaresFieldFor reports whether the package of fn, or of a type fn
// returns, declares a struct type with the field: a wrapper's constructor
// (ginserver.InitServer) returns the library's server, whose package has
// the configuration.
func (m *model) declaresFieldFor(fn *types.Func, field string) bool {
	declaresField := func(pkg *types.Package, field string) bool {
		// A package not directly imported may be incomplete and being
		// filled (see serverLibOf): not looked into, and taken to have
		// the field (the release the table describes).
		return !m.readable(pkg) || declaresField(pkg, field)
	}
	if declaresField(fn.Pkg(), field) {
		return true
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if n := namedOf(sig.Results().At(i).Type()); n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg() != fn.Pkg() && declaresField(n.Obj().Pkg(), field) {
			return true
		}
	}
	return false
}

// declaresField reports whether pkg declares a struct type with the field.
func declaresField(pkg *types.Package, field string) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok && hasFields(st, field) {
				return true
			}
		}
	}
	return false
}

// resolveConfig follows a configuration argument to where it is made: a
// constructor, a literal, a variable (and its field assignments), a
// helper of this package that returns one. Anything else is unknown.
func (m *model) resolveConfig(e ast.Expr, lib *knowledge.Server, src *cfgSource, consumed map[*ast.CallExpr]bool, depth int) {
	if depth > maxDepth {
		src.unknown = true
		return
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			// cfg := server.Config{…}; server.NewServer(&cfg, m): the
			// address taken for the constructor alone does not hide the
			// literal; taken anywhere else (json.Unmarshal(data, &cfg)),
			// it does.
			if v := m.localVar(x.X); v != nil && m.addrTaken[v] {
				if d, ok := m.onlyDef(v); ok && d.rhs != nil && d.tuple < 0 && m.addressedOnlyAt(v, d.cur, x) {
					src.objs = append(src.objs, v)
					m.resolveConfig(d.rhs, lib, src, consumed, depth+1)
					return
				}
			}
			m.resolveConfig(x.X, lib, src, consumed, depth+1)
			return
		}
	case *ast.CompositeLit:
		src.lit = x
		return
	case *ast.CallExpr:
		if b, ok := typeutil.Callee(m.info, x).(*types.Builtin); ok && b.Name() == "new" && len(x.Args) == 1 {
			src.zero = x
			return
		}
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			break
		}
		fn = fn.Origin()
		if r := m.lib(fn.Pkg()); r.lib == lib {
			for i := range lib.Anchors {
				if a := &lib.Anchors[i]; a.Builds && m.libFunc(fn, a.Func) {
					consumed[x] = true
					src.ctor = &anchorUse{call: x, fn: fn, lib: lib, a: a}
					return
				}
			}
			break
		}
		// A helper of this package: func newConfig() *fosite.Config.
		cur, ok := m.funcDecls[fn]
		if !ok {
			// Another package's, whose fact says what its configuration
			// decides (serverparam.go).
			if f := m.serverConfigFact(fn, lib); f != nil {
				src.made, src.madeAt = f, x
				return
			}
			break
		}
		var results []ast.Expr
		ast.Inspect(cur.Node().(*ast.FuncDecl).Body, func(n ast.Node) bool {
			switch r := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(r.Results) == 1 {
					results = append(results, r.Results[0])
				} else {
					results = append(results, nil)
				}
			}
			return true
		})
		if len(results) != 1 || results[0] == nil {
			break
		}
		m.resolveConfig(results[0], lib, src, consumed, depth+1)
		return
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil {
			break
		}
		src.objs = append(src.objs, v)
		if d, ok := m.singleDef(v); ok && d.rhs != nil && d.tuple < 0 {
			m.resolveConfig(d.rhs, lib, src, consumed, depth+1)
			return
		} else if ok && d.tuple == 0 {
			// conf, err := oidcconf.Default(secret): another package's
			// configuration, returned with an error.
			if call, isCall := ast.Unparen(d.rhs).(*ast.CallExpr); isCall {
				if fn, _ := typeutil.Callee(m.info, call).(*types.Func); fn != nil {
					if f := m.serverConfigFact(fn, lib); f != nil {
						src.made, src.madeAt = f, call
						return
					}
				}
			}
		}
		// func build(cfg *fosite.Config, …) { compose.Compose(cfg, …) }
		// called once: the configuration is the caller's.
		if arg, _, ok := m.soleArg(v); ok {
			m.resolveConfig(arg, lib, src, consumed, depth+1)
			return
		}
		if m.isParam(v) && len(m.defs[v]) == 0 && !m.addrTaken[v] {
			src.param = v
		}
	}
	src.unknown = true
}

// applyLiteral reads a configuration literal's fields (lit nil: new(T),
// at node); a field left out has its zero value, which decides too.
func (m *model) applyLiteral(sc *ServerConfig, lib *knowledge.Server, t types.Type, node ast.Node, lit *ast.CompositeLit) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem() // new(T) is a *T
	}
	set := make(map[string]*ast.KeyValueExpr)
	var elts []ast.Expr
	if lit != nil {
		elts = lit.Elts
	}
	for _, elt := range elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok {
				set[k.Name] = kv
			}
		}
	}
	for i := range lib.Fields {
		f := &lib.Fields[i]
		if !m.libType(t, f.Type) || !hasField(t, f.Name) || f.Without != "" && hasField(t, f.Without) {
			continue // another type, or a release without the field (fosite v0.29's compose.Config has no EnforcePKCEForPublicClients)
		}
		kv, ok := set[f.Name]
		if !ok {
			sd := ServerDecision{Node: node, Default: true}
			typeName := f.Type.Name
			if n := namedOf(t); n != nil {
				typeName = n.Obj().Pkg().Name() + "." + typeName
			}
			if f.Values != nil {
				sd.Status = knowledge.Forbidden
				sd.Why = typeName + " leaves " + f.Name + " empty"
			} else {
				sd.Status = other(f.IfTrue)
				sd.Why = typeName + " leaves " + f.Name + " false"
				if f.Add && lit != nil {
					sd.Fix = ServerFix{Lit: lit, Field: f.Name}
				}
			}
			sc.Decisions[f.Decision] = sd
			continue
		}
		sd := m.fieldDecision(f, kv.Value, kv)
		if sd.Fix.Remove != nil {
			sd.Fix.Lit = lit
		}
		sc.Decisions[f.Decision] = sd
	}
}

func other(s knowledge.Status) knowledge.Status {
	switch s {
	case knowledge.Allowed:
		return knowledge.Forbidden
	case knowledge.Forbidden:
		return knowledge.Allowed
	}
	return knowledge.Unknown
}

// fieldDecision evaluates one field's value.
func (m *model) fieldDecision(f *knowledge.Field, val ast.Expr, at ast.Node) ServerDecision {
	sd := ServerDecision{Node: at}
	if f.Values != nil {
		sd.Status = m.listStatus([]ast.Expr{val}, true, f.Values, 0)
		sd.Why = f.Name + " includes " + strings.Join(f.Values, ", ")
		return sd
	}
	tv, ok := m.info.Types[val]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return sd // a flag, a file: unknown
	}
	if constant.BoolVal(tv.Value) {
		sd.Status = f.IfTrue
		sd.Why = "it sets " + f.Name + " to true"
		if kv, ok := at.(*ast.KeyValueExpr); ok && f.Remove {
			sd.Fix = ServerFix{Remove: kv}
		}
	} else {
		sd.Status = other(f.IfTrue)
		sd.Why = "it sets " + f.Name + " to false"
	}
	return sd
}

// listStatus says whether a list of values (a slice literal, a variable
// holding one, or a call's arguments) holds one of want.
func (m *model) listStatus(exprs []ast.Expr, single bool, want []string, depth int) knowledge.Status {
	if depth > maxDepth {
		return knowledge.Unknown
	}
	if single {
		e := ast.Unparen(exprs[0])
		switch x := e.(type) {
		case *ast.CompositeLit:
			return m.listStatus(x.Elts, false, want, depth+1)
		case *ast.Ident:
			if x.Name == "nil" {
				return knowledge.Forbidden
			}
			if d, ok := m.singleDef(m.varOf(x)); ok && d.rhs != nil && d.tuple < 0 {
				return m.listStatus([]ast.Expr{d.rhs}, true, want, depth+1)
			}
		case *ast.CallExpr:
			// append(list, v…): allowed if a value it adds is; the rest
			// (the list it extends, often the library's default) is
			// judged where it comes from, so only "allowed" is decided.
			if b, ok := typeutil.Callee(m.info, x).(*types.Builtin); ok && b.Name() == "append" && len(x.Args) > 1 {
				added := m.listStatus(x.Args[1:], false, want, depth+1)
				if x.Ellipsis.IsValid() {
					added = m.listStatus(x.Args[1:], true, want, depth+1)
				}
				if added == knowledge.Allowed || m.listStatus(x.Args[:1], true, want, depth+1) == knowledge.Allowed {
					return knowledge.Allowed
				}
			}
		}
		return knowledge.Unknown
	}
	status := knowledge.Forbidden
	for _, e := range exprs {
		s := m.str(e, nil)
		if !value.Known(s) {
			status = knowledge.Unknown
			continue
		}
		for _, w := range want {
			if s == w {
				return knowledge.Allowed
			}
		}
	}
	return status
}

// applyFieldSets applies assignments to the configuration's fields made
// through the variables that hold it (cfg.ForcePKCE = true,
// srv.Config.ForcePKCE = true). Assignments that disagree are unknown.
func (m *model) applyFieldSets(sc *ServerConfig, lib *knowledge.Server, objs []types.Object) {
	if len(objs) == 0 {
		return
	}
	seen := make(map[knowledge.Decision]bool)
	for _, s := range m.serverSets {
		root := m.rootObj(s.lhs.X)
		if root == nil || !containsObj(objs, root) {
			continue
		}
		for i := range lib.Fields {
			f := &lib.Fields[i]
			if f.Name != s.lhs.Sel.Name || !m.libType(m.info.TypeOf(s.lhs.X), f.Type) || f.Without != "" && hasField(m.info.TypeOf(s.lhs.X), f.Without) {
				continue
			}
			sd := m.fieldDecision(f, s.rhs, s.lhs)
			sd.Fix = ServerFix{}
			if seen[f.Decision] && sc.Decisions[f.Decision].Status != sd.Status {
				sd.Status = knowledge.Unknown
			}
			seen[f.Decision] = true
			sc.Decisions[f.Decision] = sd
		}
	}
}

func containsObj(objs []types.Object, o types.Object) bool {
	for _, x := range objs {
		if x == o {
			return true
		}
	}
	return false
}

// rootObj is the variable (or user struct field) a value is reached
// through: cfg for cfg, s.srv for s.srv.Config (fields of the library's
// own types are looked through).
func (m *model) rootObj(e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				e = x.X
				continue
			}
		case *ast.Ident:
			if v := m.varOf(x); v != nil {
				return v
			}
		case *ast.SelectorExpr:
			if sel, ok := m.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
				if n := namedOf(sel.Recv()); n != nil && m.lib(n.Obj().Pkg()).lib != nil {
					e = x.X
					continue
				}
				return sel.Obj()
			}
			if v, ok := m.info.Uses[x.Sel].(*types.Var); ok {
				return v // pkg.Var
			}
		}
		return nil
	}
}

// assignedObj is what the value at cur is stored in: a variable, a field
// (s.srv = …, App{srv: …}).
func (m *model) assignedObj(cur inspector.Cursor) types.Object {
	e := cur.Node()
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == e {
					return m.rootObj(p.Lhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for i, r := range p.Values {
				if r == e {
					return m.info.Defs[p.Names[i]]
				}
			}
		}
	case *ast.KeyValueExpr:
		if k, ok := p.Key.(*ast.Ident); ok && p.Value == e {
			if v, ok := m.info.Uses[k].(*types.Var); ok && v.IsField() {
				return v
			}
		}
	}
	return nil
}

// setterFields turns the assignments to a library type's field that a
// setter row names (srv.UserAuthorizationHandler = h, what
// srv.SetUserAuthorizationHandler(h) does; recorded by serverField) into
// uses of that setter: the call is made up from the assignment
// (srv.SetUserAuthorizationHandler(h) at its position).
func (m *model) setterFields() []*setterUse {
	var out []*setterUse
	for _, set := range m.serverSets {
		if m.inTest(set.lhs) {
			continue
		}
		sel := m.info.Selections[set.lhs]
		recv := namedOf(sel.Recv())
		lib := m.lib(recv.Obj().Pkg()).lib
		for j := range lib.Setters {
			row := &lib.Setters[j]
			if row.Field != set.lhs.Sel.Name || row.Func.Recv != recv.Obj().Name() {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(recv), false, recv.Obj().Pkg(), row.Func.Name)
			fn, ok := obj.(*types.Func)
			if !ok {
				continue
			}
			call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: set.lhs.X, Sel: &ast.Ident{NamePos: set.lhs.Sel.Pos(), Name: row.Func.Name}},
				Lparen: set.lhs.End(), Args: []ast.Expr{set.rhs}, Rparen: set.rhs.End()}
			out = append(out, &setterUse{call: call, fn: fn, lib: lib, s: row, obj: m.rootObj(set.lhs.X)})
		}
	}
	return out
}

// applySetters applies setter calls to the server they are called on (the
// variable or field holding it); a setter on a value the code does not
// tie to a server applies when the package makes one server of that
// library.
func (m *model) applySetters(anchors []*anchorUse, setters []*setterUse) {
	seen := make(map[*ServerConfig]map[knowledge.Decision]bool)
	gated := make(map[*ServerConfig]map[knowledge.Decision]bool)
	gates := make(map[*ServerConfig]map[knowledge.Decision]*setterUse)
	perClient := make(map[*ServerConfig]map[knowledge.Decision]*setterUse)
	defer func() {
		// Whatever the configuration allows, each client's registration
		// decides: unknown here.
		for sc, ds := range perClient {
			for d, s := range ds {
				if sc.Decisions[d].Status == knowledge.Allowed {
					sc.Decisions[d] = ServerDecision{Status: knowledge.Unknown, Node: s.call, Why: s.fn.Name() + " checks each client's registration"}
				}
			}
		}
	}()
	for _, s := range setters {
		if m.inTest(s.call) {
			continue
		}
		var target *ServerConfig
		n := 0
		for _, u := range anchors {
			if u.sc == nil || u.lib != s.lib || u.a.Builds || !setterFits(s.fn, u.fn) {
				continue
			}
			n++
			if s.obj != nil && u.obj == s.obj {
				target = u.sc
			}
		}
		if target == nil && n == 1 {
			for _, u := range anchors {
				if u.sc != nil && u.lib == s.lib && !u.a.Builds && setterFits(s.fn, u.fn) {
					target = u.sc
				}
			}
		}
		if target == nil {
			continue
		}
		d := s.s.Decision
		switch {
		case s.s.PerClient:
			if len(s.call.Args) == 1 && !m.isNil(s.call.Args[0]) && !m.allowsAll(s.call.Args[0]) {
				if perClient[target] == nil {
					perClient[target] = make(map[knowledge.Decision]*setterUse)
				}
				perClient[target][d] = s
			}
			continue
		case s.s.Gate:
			if gates[target] == nil {
				gates[target] = make(map[knowledge.Decision]*setterUse)
			}
			gates[target][d] = s
			continue
		case len(s.s.SecretOnly) > 0:
			if h := m.secretOnly(s); h != "" {
				target.Decisions[d] = ServerDecision{Status: knowledge.Forbidden, Node: s.call,
					Why: "it installs " + h + ", which in this release refuses every token request without a client_secret, so no client is public"}
			}
			continue
		case s.s.Validator:
			target.Decisions[d] = ServerDecision{Status: knowledge.Forbidden, Node: s.call, Why: "it installs its own validator"}
			if len(s.call.Args) == 1 && m.acceptsAll(s.call.Args[0]) {
				target.Decisions[d] = ServerDecision{Status: knowledge.Allowed, Node: s.call.Args[0],
					Why: "the validator " + s.fn.Name() + " installs returns nil on every path, so any redirect_uri is accepted"}
			}
			continue
		}
		var st knowledge.Status
		why := s.fn.Name() + " includes " + strings.Join(s.s.Values, ", ")
		switch {
		case s.call.Ellipsis.IsValid():
			st = knowledge.Unknown
		case s.s.IfTrue != knowledge.Unknown:
			// srv.SetAllowGetAccessRequest(true): a constant, or unknown.
			if len(s.call.Args) == 1 {
				if tv, ok := m.info.Types[s.call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
					st, why = s.s.IfTrue, "it calls "+s.fn.Name()+"(true)"
					if !constant.BoolVal(tv.Value) {
						st, why = other(s.s.IfTrue), "it calls "+s.fn.Name()+"(false)"
					}
				}
			}
		default:
			st = m.listStatus(s.call.Args, false, s.s.Values, 0)
		}
		sd := ServerDecision{Status: st, Node: s.call, Why: why}
		if seen[target] == nil {
			seen[target] = make(map[knowledge.Decision]bool)
		}
		if seen[target][d] && target.Decisions[d].Status != st {
			sd.Status = knowledge.Unknown
		}
		seen[target][d] = true
		target.Decisions[d] = sd
	}
	// A gate: the decision is allowed only where the gate call is made.
	for _, u := range anchors {
		if u.sc == nil || u.a.Builds {
			continue
		}
		for _, s := range u.lib.Setters {
			if !s.Gate {
				continue
			}
			d := &u.sc.Decisions[s.Decision]
			if d.Status != knowledge.Allowed {
				continue
			}
			g := gates[u.sc][s.Decision]
			if g == nil {
				// A gate on another configuration of the library in
				// this package: the server that uses this manager
				// (manage.NewDefaultManager's redirect validator is
				// reached only through the server's authorization
				// endpoint).
				for _, gs := range gates {
					if x := gs[s.Decision]; x != nil && x.lib == u.lib && !setterFits(x.fn, u.fn) {
						g = x
					}
				}
			}
			if g != nil {
				if !gated[u.sc][s.Decision] {
					// Once per decision: a library and its wrapper may
					// both name a gate.
					d.Why = d.Why + ", and " + g.fn.Name() + " makes it usable"
					if s.GateAt {
						d.Node = g.call
					}
					if gated[u.sc] == nil {
						gated[u.sc] = make(map[knowledge.Decision]bool)
					}
					gated[u.sc][s.Decision] = true
				}
				continue
			}
			if !declares(m.setterPkg(u, s.Func), s.Func) {
				continue // the library (a copy cut down) has no such call, nor the default it changes
			}
			if s.MainOnly && m.pass.Pkg.Name() != "main" && !installsHandlers(gates, u.lib) {
				// An importer may make the call. A package that
				// installs the server's other handlers itself (its
				// password handler) installs them all.
				m.mainOnlyKept = append(m.mainOnlyKept, keptGate{sc: u.sc, d: s.Decision, lib: u.lib, gate: s.Func.Name})
				continue
			}
			d.Status = knowledge.Forbidden
			d.Why = "no " + s.Func.Name + " call makes it usable"
		}
	}
}

// funcValue is the function e names as a value (handler,
// server.ClientFormHandler), or nil.
func (m *model) funcValue(e ast.Expr) *types.Func {
	var fn *types.Func
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ = m.info.Uses[x].(*types.Func)
	case *ast.SelectorExpr:
		fn, _ = m.info.Uses[x.Sel].(*types.Func)
	}
	return fn
}

// secretOnly names the handler setter call s installs when it is one of
// the row's SecretOnly handlers under one of its SecretPaths; "" for
// any other handler (the program's own, a variable).
func (m *model) secretOnly(s *setterUse) string {
	if len(s.call.Args) != 1 {
		return ""
	}
	fn := m.funcValue(s.call.Args[0])
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	path := trimVendor(fn.Pkg().Path())
	for _, f := range s.s.SecretOnly {
		if !m.libFunc(fn, f) {
			continue
		}
		for _, p := range s.s.SecretPaths {
			if path == p+"/"+f.Pkg {
				return fn.Pkg().Name() + "." + fn.Name()
			}
		}
	}
	return ""
}

// setterFits reports whether setter may set up what anchor makes: a
// method, the anchor's result type (a server's setter does not apply to
// the manager made beside it); a function, a server its own package
// makes (a wrapper's package-level setters and its constructor).
func setterFits(setter, anchor *types.Func) bool {
	sig, ok := setter.Type().(*types.Signature)
	if !ok {
		return false
	}
	if sig.Recv() == nil {
		return setter.Pkg() == anchor.Pkg()
	}
	recv := namedOf(sig.Recv().Type())
	asig, ok := anchor.Type().(*types.Signature)
	if !ok || recv == nil {
		return false
	}
	for i := 0; i < asig.Results().Len(); i++ {
		if n := namedOf(asig.Results().At(i).Type()); n != nil && n.Obj() == recv.Obj() {
			return true
		}
	}
	return false
}

// applyFactories reads a compose call's handler factories.
func (m *model) applyFactories(sc *ServerConfig, u *anchorUse) {
	args := u.call.Args
	start := u.a.Factories
	if sig, ok := u.fn.Type().(*types.Signature); ok && sig.Variadic() {
		// The variadic list, wherever the release puts it (fosite before
		// v0.30 took a hasher before the factories).
		start = sig.Params().Len() - 1
	}
	if start > len(args) {
		return
	}
	args = args[start:]
	complete := true
	if u.call.Ellipsis.IsValid() && len(args) > 0 {
		last := args[len(args)-1]
		args = args[:len(args)-1]
		elems, ok := m.knownElems(last)
		if !ok {
			complete = false
		}
		args = append(args[:len(args):len(args)], elems...)
	}
	type facArg struct {
		f   *knowledge.Factory
		arg ast.Expr
		fn  *types.Func
	}
	var facs []facArg
	for _, a := range args {
		fn := m.funcValue(a)
		if fn == nil {
			complete = false
			continue
		}
		for i := range u.lib.Factories {
			if f := &u.lib.Factories[i]; m.libFunc(fn, f.Func) {
				facs = append(facs, facArg{f, a, fn})
			}
		}
	}
	callName := u.fn.Pkg().Name() + "." + u.fn.Name()
	for _, d := range []knowledge.Decision{knowledge.Implicit, knowledge.Password} {
		sd := ServerDecision{Node: u.call}
		if complete {
			sd.Status = knowledge.Forbidden
		}
		for _, fa := range facs {
			for _, x := range fa.f.Allows {
				if x == d {
					sd = ServerDecision{Status: knowledge.Allowed, Node: fa.arg, Why: callName + " registers " + fa.fn.Pkg().Name() + "." + fa.fn.Name()}
				}
			}
		}
		sc.Decisions[d] = sd
	}
	code := false
	guards := make(map[knowledge.Decision]bool)
	for _, fa := range facs {
		code = code || fa.f.Code
		for _, g := range fa.f.Guards {
			guards[g] = true
		}
	}
	switch {
	case code:
		sc.Decisions[knowledge.CodeGrant] = ServerDecision{Status: knowledge.Allowed, Node: u.call, Why: callName + " composes an authorization code handler"}
	case complete:
		sc.Decisions[knowledge.CodeGrant] = ServerDecision{Status: knowledge.Forbidden, Node: u.call, Why: "no authorization code handler is composed"}
	}
	for i := range u.lib.Factories {
		f := &u.lib.Factories[i]
		for _, g := range f.Guards {
			switch {
			case guards[g]:
			case !complete:
				sc.Decisions[g] = ServerDecision{Node: u.call}
			case !code:
				sc.Decisions[g] = ServerDecision{Status: knowledge.Forbidden, Node: u.call, Why: "no authorization code handler is composed"}
			case g == knowledge.PlainPKCE:
				sc.Decisions[g] = ServerDecision{Status: knowledge.Forbidden, Node: u.call, Why: "no PKCE handler is composed"}
			default:
				sc.Decisions[g] = ServerDecision{Status: knowledge.Allowed, Node: u.call,
					Why: callName + " composes the authorization code flow without " + f.Func.Pkg + "." + f.Func.Name + ", so PKCE is never checked"}
			}
		}
	}
}

// knownElems lists the elements of the slice e denotes (a literal, a
// variable built from literals and appends), or reports false when some
// element cannot be known (sliceElems in oauth2.go does the walk).
func (m *model) knownElems(e ast.Expr) ([]ast.Expr, bool) {
	var out []ast.Expr
	ok := true
	m.sliceElems(e, 0, func(x ast.Expr, _ int) { out = append(out, x) }, func() { ok = false }, func(*types.Var) { ok = false })
	return out, ok
}

// staticClients reads client literals of the server libraries, and of
// this package's types that implement a library's client interface.
func (m *model) staticClients() {
	for _, cur := range m.serverLits {
		lit := cur.Node().(*ast.CompositeLit)
		if m.inTest(lit) {
			continue
		}
		t := m.info.TypeOf(lit)
		n := namedOf(t)
		if ic := m.ifaceClients()[n.Obj()]; ic != nil {
			m.ifaceClient(ic, cur)
			continue
		}
		r := m.lib(n.Obj().Pkg())
		for i := range r.lib.Clients {
			k := &r.lib.Clients[i]
			if k.Interface || !m.libType(t, k.Type) {
				continue
			}
			m.libClient(r.lib, k, cur)
		}
	}
	m.clientSets()
	for tn, ic := range m.ifaceClients() {
		m.resolveIface(tn, ic)
		if ic.constLists != nil {
			m.result.Server.Clients = append(m.result.Server.Clients, ic.constLists)
		}
	}
	for _, sc := range m.result.Server.Configs {
		for _, c := range m.result.Server.Clients {
			if c.Library == sc.Library {
				sc.Clients = append(sc.Clients, c)
			}
		}
		// The default check, and a client it lets anything through for.
		if d := &sc.Decisions[knowledge.LooseRedirect]; d.Status == knowledge.Allowed && d.Default {
			for _, c := range sc.Clients {
				if c.AnyRedirect != "" {
					d.Why += "; " + c.AnyRedirect + ", so every redirect_uri passes, whatever its host"
					break
				}
			}
		}
	}
}

// redirectBase fills c.AnyRedirect for a literal of a client type whose
// library checks redirect URIs against field k.RedirectBase by default.
func (m *model) redirectBase(c *StaticClient, k *knowledge.Client, vals map[string]*ast.KeyValueExpr, lit *ast.CompositeLit) {
	if k.RedirectBase == "" {
		return
	}
	line := m.pass.Fset.Position(lit.Pos()).Line
	kv, ok := vals[k.RedirectBase]
	if !ok {
		if _, keyed := litFields(lit); keyed {
			c.AnyRedirect = fmt.Sprintf("the client registered at line %d sets no %s", line, k.RedirectBase)
		}
		return
	}
	s := m.str(kv.Value, nil)
	if !value.Known(s) {
		return
	}
	if u, err := url.Parse(s); err != nil || u.Host == "" {
		c.AnyRedirect = fmt.Sprintf("the client registered at line %d has %s %q, which has no host once parsed", line, k.RedirectBase, s)
	}
}

// litFields maps a literal's keys to their values; ok is false when some
// element has no key.
func litFields(lit *ast.CompositeLit) (map[string]*ast.KeyValueExpr, bool) {
	vals := make(map[string]*ast.KeyValueExpr)
	ok := true
	for _, elt := range lit.Elts {
		kv, isKV := elt.(*ast.KeyValueExpr)
		if !isKV {
			ok = false
			continue
		}
		if id, isID := kv.Key.(*ast.Ident); isID {
			vals[id.Name] = kv
		}
	}
	return vals, ok
}

// libClient records a literal of a library's client type.
func (m *model) libClient(lib *knowledge.Server, k *knowledge.Client, cur inspector.Cursor) {
	lit := cur.Node().(*ast.CompositeLit)
	c := &StaticClient{Node: lit, Library: lib.Name, Advice: k.Advice}
	vals, known := litFields(lit)
	c.Known = known
	// Public when either field says so: go-oauth2 lets a client without
	// a secret redeem codes whatever its Public field.
	var says []knowledge.Status
	if k.Public != "" {
		st := knowledge.Forbidden
		if kv, ok := vals[k.Public]; ok {
			st = knowledge.Unknown
			if v, known := m.boolOf(kv.Value, 0); known {
				st = knowledge.Forbidden
				if v {
					st = knowledge.Allowed
				}
			}
		}
		says = append(says, st)
	}
	if k.Secret != "" {
		st := knowledge.Allowed
		if kv, ok := vals[k.Secret]; ok {
			// A secret the program is configured with (a flag, a file,
			// the environment) registers one confidential client: an
			// empty configuration is not known. A secret from each of
			// the rows a loop registers may be empty for some: unknown
			// (lambda-platform/lambda loads its go-oauth2 clients from
			// a table this way).
			st = knowledge.Forbidden
			if inLoop(cur) {
				st = knowledge.Unknown
			}
			if s := m.str(kv.Value, nil); value.Known(s) && s != "" {
				st = knowledge.Forbidden
			} else if value.Known(s) {
				st = knowledge.Allowed
			}
		}
		says = append(says, st)
	}
	for i, st := range says {
		switch {
		case i == 0 || st == knowledge.Allowed:
			c.Public = st
		case st == knowledge.Unknown && c.Public == knowledge.Forbidden:
			c.Public = st
		}
	}
	var rtKV, gtKV *ast.KeyValueExpr
	c.ResponseTypes, rtKV, c.Known = m.clientList(vals, k.ResponseTypes, k.DefaultResponseTypes, c.Known)
	c.GrantTypes, gtKV, c.Known = m.clientList(vals, k.GrantTypes, k.DefaultGrantTypes, c.Known)
	var rt, gt ast.Node // nil, not a nil *ast.KeyValueExpr, for a default
	if rtKV != nil {
		rt = rtKV
	}
	if gtKV != nil {
		gt = gtKV
	}
	m.clientAsks(c, k, rt, gt)
	m.clientFlags(c, k, vals)
	m.clientRedirects(c, k, vals)
	m.redirectBase(c, k, vals, lit)
	m.clientPKCEAttribute(c, k, vals, cur)
	if k.AppType != "" && k.AuthMethod != "" {
		app, method := vals[k.AppType], vals[k.AuthMethod]
		if app != nil && method != nil {
			a, am := m.str(app.Value, nil), m.str(method.Value, nil)
			if value.Known(a) && value.Known(am) && contains(k.PublicAppTypes, a) && !contains(k.PublicAuthMethods, am) {
				c.Public = knowledge.Allowed
				c.Asks[knowledge.PKCEPublic] = ClientAsk{Node: method, Why: k.AppType + " " + quote(a) + " is a public client, yet " + k.AuthMethod + " is " + quote(am)}
			}
		}
	}
	m.result.Server.Clients = append(m.result.Server.Clients, c)
}

// clientAsks fills c.Asks from the lists the registration sets itself
// (rt, gt: their fields; a default asks for nothing).
func (m *model) clientAsks(c *StaticClient, k *knowledge.Client, rt, gt ast.Node) {
	switch {
	case rt != nil && anyWord(c.ResponseTypes, "token"):
		c.Asks[knowledge.Implicit] = ClientAsk{Node: rt, Why: "its " + k.ResponseTypes + " include " + quote(firstWith(c.ResponseTypes, "token"))}
	case k.ResponseTypes == "" && gt != nil && anyOf(c.GrantTypes, knowledge.ImplicitGrants):
		c.Asks[knowledge.Implicit] = ClientAsk{Node: gt, Why: "its " + k.GrantTypes + " include \"implicit\""}
	}
	for _, d := range k.Inert {
		defer func() { c.Asks[d] = ClientAsk{} }()
	}
	if gt != nil {
		for _, g := range c.GrantTypes {
			if contains(knowledge.PasswordGrants, g) {
				c.Asks[knowledge.Password] = ClientAsk{Node: gt, Why: "its " + k.GrantTypes + " include " + quote(g)}
				break
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func anyOf(list, want []string) bool {
	for _, s := range list {
		if contains(want, s) {
			return true
		}
	}
	return false
}

func firstWith(list []string, w string) string {
	for _, s := range list {
		if anyWord([]string{s}, w) {
			return s
		}
	}
	return ""
}

func quote(s string) string { return `"` + s + `"` }

// clientList reads a list field of a client literal: its values, the
// field (nil when the default applies) and whether the list is known.
func (m *model) clientList(vals map[string]*ast.KeyValueExpr, field string, def []string, known bool) ([]string, *ast.KeyValueExpr, bool) {
	if field == "" {
		return nil, nil, known
	}
	kv, ok := vals[field]
	if !ok {
		return def, nil, known
	}
	out, ok := m.constList(kv.Value)
	if !ok {
		return nil, nil, false
	}
	if len(out) == 0 {
		return def, nil, known
	}
	return out, kv, known
}

// constList reads a list of constants: a literal (&[]string{…} too), a
// variable holding one, or a call of a function of this package every
// return of which is one (or nil): the lists of all its paths together.
func (m *model) constList(e ast.Expr) ([]string, bool) {
	return m.constListDepth(e, 0)
}

func (m *model) constListDepth(e ast.Expr, depth int) ([]string, bool) {
	if depth > maxDepth {
		return nil, false
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		out := []string{}
		for _, elt := range x.Elts {
			s := m.str(elt, nil)
			if !value.Known(s) {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	case *ast.Ident:
		if x.Name == "nil" && m.info.Uses[x] == types.Universe.Lookup("nil") {
			return []string{}, true
		}
		if d, ok := m.singleDef(m.varOf(x)); ok && d.rhs != nil && d.tuple < 0 {
			return m.constListDepth(d.rhs, depth+1)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			break
		}
		cur, ok := m.funcDecls[fn.Origin()]
		if !ok {
			break
		}
		out := []string{}
		n := 0
		for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
			ret := c.Node().(*ast.ReturnStmt)
			if enclosingFunc(c) != cur.Node() {
				continue
			}
			if len(ret.Results) != 1 {
				return nil, false
			}
			list, ok := m.constListDepth(ret.Results[0], depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, list...)
			n++
		}
		return out, n > 0
	}
	return nil, false
}

// clientSets records assignments to a client type's list fields
// (app.GrantTypes = defaultGrants(kind)): each asks what its value lists.
func (m *model) clientSets() {
	for _, set := range m.serverSets {
		if m.inTest(set.lhs) {
			continue
		}
		t := m.info.TypeOf(set.lhs.X)
		n := namedOf(t)
		if n == nil {
			continue
		}
		r := m.lib(n.Obj().Pkg())
		if r.lib == nil {
			continue
		}
		for i := range r.lib.Clients {
			k := &r.lib.Clients[i]
			if k.Interface || !m.libType(t, k.Type) {
				continue
			}
			name := set.lhs.Sel.Name
			if name != k.ResponseTypes && name != k.GrantTypes {
				continue
			}
			list, ok := m.constList(set.rhs)
			if !ok || len(list) == 0 {
				continue
			}
			c := &StaticClient{Node: set.rhs, Library: r.lib.Name, Advice: k.Advice}
			var rt, gt ast.Node
			if name == k.ResponseTypes {
				c.ResponseTypes, rt = list, set.rhs
			} else {
				c.GrantTypes, gt = list, set.rhs
			}
			m.clientAsks(c, k, rt, gt)
			m.result.Server.Clients = append(m.result.Server.Clients, c)
		}
	}
}

// ifaceClientType is a type of this package that implements a library's
// client interface (zitadel/oidc's op.Client): where its ResponseTypes
// and GrantTypes methods get their lists.
type ifaceClientType struct {
	lib *knowledge.Server
	k   *knowledge.Client
	// For each list: a literal the method returns (constLists records
	// the one client it makes), or the receiver's field it returns, read
	// from each literal of the type; neither when the method computes it.
	lists      [2]ifaceList
	constLists *StaticClient
	resolved   bool
}

type ifaceList struct {
	lits  []ast.Expr // the literals the method returns
	field *types.Var
}

// ifaceClients finds, once, the types of this package that implement a
// client interface of a library the package imports.
func (m *model) ifaceClients() map[*types.TypeName]*ifaceClientType {
	if m.ifaceTypes != nil {
		return m.ifaceTypes
	}
	m.ifaceTypes = make(map[*types.TypeName]*ifaceClientType)
	type iface struct {
		lib *knowledge.Server
		k   *knowledge.Client
		t   *types.Interface
	}
	var ifaces []iface
	for _, imp := range m.pass.Pkg.Imports() {
		r := m.lib(imp)
		if r.lib == nil {
			continue
		}
		for i := range r.lib.Clients {
			k := &r.lib.Clients[i]
			if !k.Interface || k.Type.Pkg != r.rel {
				continue
			}
			if tn, ok := imp.Scope().Lookup(k.Type.Name).(*types.TypeName); ok {
				if it, ok := tn.Type().Underlying().(*types.Interface); ok {
					ifaces = append(ifaces, iface{r.lib, k, it})
				}
			}
		}
	}
	if len(ifaces) == 0 {
		return m.ifaceTypes
	}
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if _, ok := tn.Type().Underlying().(*types.Struct); !ok {
			continue
		}
		for _, f := range ifaces {
			if types.Implements(tn.Type(), f.t) || types.Implements(types.NewPointer(tn.Type()), f.t) {
				m.ifaceTypes[tn] = &ifaceClientType{lib: f.lib, k: f.k}
				break
			}
		}
	}
	return m.ifaceTypes
}

// resolve reads the type's list methods (after the traversal, which
// fills funcDecls).
func (m *model) resolveIface(tn *types.TypeName, ic *ifaceClientType) {
	if ic.resolved {
		return
	}
	ic.resolved = true
	lits := 0
	for i, name := range []string{ic.k.ResponseTypes, ic.k.GrantTypes} {
		if name == "" {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, tn.Pkg(), name)
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		cur, ok := m.funcDecls[fn]
		if !ok {
			continue
		}
		decl := cur.Node().(*ast.FuncDecl)
		if decl.Body == nil {
			continue
		}
		// Every return a literal (or nil): the lists the method
		// returns on its paths, whatever decides between them.
		var results []ast.Expr
		for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
			ret := c.Node().(*ast.ReturnStmt)
			if enclosingFunc(c) != decl {
				continue // a closure's
			}
			if len(ret.Results) != 1 {
				results = nil
				break
			}
			results = append(results, ast.Unparen(ret.Results[0]))
		}
		allLits := len(results) > 0
		var litResults []ast.Expr
		for _, r := range results {
			switch x := r.(type) {
			case *ast.CompositeLit:
				litResults = append(litResults, x)
			case *ast.Ident:
				if x.Name != "nil" {
					allLits = false
				}
			default:
				allLits = false
			}
		}
		if allLits {
			ic.lists[i].lits = litResults
			lits++
			continue
		}
		if len(results) != 1 {
			continue
		}
		res := results[0]
		if sel, ok := res.(*ast.SelectorExpr); ok && decl.Recv != nil && len(decl.Recv.List) == 1 && len(decl.Recv.List[0].Names) == 1 {
			recv := m.info.Defs[decl.Recv.List[0].Names[0]]
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && recv != nil && m.info.Uses[id] == recv {
				if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.FieldVal && len(s.Index()) == 1 {
					ic.lists[i].field, _ = s.Obj().(*types.Var)
				}
			}
		}
	}
	if lits > 0 {
		// Lists fixed in the methods: one registration for every value.
		c := &StaticClient{Library: ic.lib.Name, Advice: ic.k.Advice, Known: true}
		for _, l := range ic.lists {
			if len(l.lits) > 0 && c.Node == nil {
				c.Node = l.lits[0]
			}
		}
		m.ifaceLists(ic, c, nil)
		ic.constLists = c
	}
}

// ifaceClient records a literal of a type implementing a client interface.
// A list field filled from a parameter of the function around the literal
// (a constructor: NewClient(id string, grants []oidc.GrantType)) is read
// at each call of that function in the package, one registration per
// call; callers elsewhere (an exported constructor) are unknown.
func (m *model) ifaceClient(ic *ifaceClientType, cur inspector.Cursor) {
	lit := cur.Node().(*ast.CompositeLit)
	tn := namedOf(m.info.TypeOf(lit)).Obj()
	m.resolveIface(tn, ic)
	if ic.lists[0].field == nil && ic.lists[1].field == nil {
		return // the methods' literals decide, or nothing known does
	}
	kvs, ok := litFields(lit)
	if !ok {
		return // positional: not read
	}
	vals := make(map[string]listSrc)
	for name, kv := range kvs {
		vals[name] = listSrc{exprs: []ast.Expr{kv.Value}, at: kv}
	}
	// The constructor's parameters that fill a list field.
	var ctor *types.Func
	params := make(map[string]int)
	var sig *types.Signature
	if decl, ok := enclosingFunc(cur).(*ast.FuncDecl); ok {
		ctor, _ = m.info.Defs[decl.Name].(*types.Func)
	}
	if ctor != nil {
		sig, _ = ctor.Type().(*types.Signature)
		for _, l := range ic.lists {
			if l.field == nil {
				continue
			}
			kv := kvs[l.field.Name()]
			if kv == nil {
				continue
			}
			id, ok := ast.Unparen(kv.Value).(*ast.Ident)
			if !ok {
				continue
			}
			for i := 0; sig != nil && i < sig.Params().Len(); i++ {
				if m.info.Uses[id] == sig.Params().At(i) {
					params[l.field.Name()] = i
				}
			}
		}
	}
	if len(params) == 0 {
		c := &StaticClient{Node: lit, Library: ic.lib.Name, Advice: ic.k.Advice, Known: true}
		m.ifaceLists(ic, c, vals)
		m.result.Server.Clients = append(m.result.Server.Clients, c)
		return
	}
	calls := 0
	for _, hc := range m.helperCall {
		call := hc.Node().(*ast.CallExpr)
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); !ok || fn.Origin() != ctor || m.inTest(call) {
			continue
		}
		calls++
		at := make(map[string]listSrc, len(vals))
		for k, v := range vals {
			at[k] = v
		}
		for name, i := range params {
			at[name] = argSrc(sig, call, i)
		}
		c := &StaticClient{Node: call, Library: ic.lib.Name, Advice: ic.k.Advice, Known: true}
		m.ifaceLists(ic, c, at)
		m.result.Server.Clients = append(m.result.Server.Clients, c)
	}
	if calls == 0 || ctor.Exported() {
		// Called elsewhere, with values this package does not fix.
		m.result.Server.Clients = append(m.result.Server.Clients, &StaticClient{Node: lit, Library: ic.lib.Name, Advice: ic.k.Advice})
	}
}

// listSrc is where a client's list comes from: one expression denoting
// the list, or (elems) the list's elements, and the node an ask points at
// (nil: the expression).
type listSrc struct {
	exprs []ast.Expr
	elems bool
	at    ast.Node
}

// argSrc is the list a call passes as parameter i: the argument, or the
// variadic arguments from i on (each an element).
func argSrc(sig *types.Signature, call *ast.CallExpr, i int) listSrc {
	if sig.Variadic() && i == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		src := listSrc{elems: true}
		if i < len(call.Args) {
			src.exprs = call.Args[i:]
			src.at = call.Args[i]
		} else {
			src.at = call
		}
		return src
	}
	if i < len(call.Args) {
		return listSrc{exprs: []ast.Expr{call.Args[i]}, at: call.Args[i]}
	}
	return listSrc{at: call} // ill-typed
}

// ifaceLists fills a client's lists from the methods' literals or the
// literal's fields (vals).
func (m *model) ifaceLists(ic *ifaceClientType, c *StaticClient, vals map[string]listSrc) {
	var at [2]ast.Node
	var lists [2][]string
	for i, l := range ic.lists {
		var exprs []ast.Expr
		switch {
		case len(l.lits) > 0:
			exprs = l.lits
		case l.field != nil && vals != nil:
			src, ok := vals[l.field.Name()]
			if !ok {
				lists[i] = []string{} // the zero value: none
				continue
			}
			at[i] = src.at
			if src.elems {
				lists[i] = []string{}
				token := false
				for _, e := range src.exprs {
					s := m.str(e, nil)
					if !value.Known(s) {
						c.Known = false
						continue
					}
					lists[i] = append(lists[i], s)
					if i == 0 && !token && anyWord([]string{s}, "token") {
						at[i], token = e, true // the element that asks
					}
				}
				continue
			}
			exprs = src.exprs
			if len(exprs) == 0 {
				c.Known = false
				continue
			}
		default:
			c.Known = false
			continue
		}
		// The lists on every path together; the ask points at the
		// literal that lists a token response type, when one does.
		lists[i] = []string{}
		for _, e := range exprs {
			list, ok := m.constList(e)
			if !ok {
				c.Known = false
				continue
			}
			lists[i] = append(lists[i], list...)
			if at[i] == nil || i == 0 && anyWord(list, "token") && !anyWord(lists[i][:len(lists[i])-len(list)], "token") {
				if l.field == nil {
					at[i] = e
				}
			}
		}
	}
	c.ResponseTypes, c.GrantTypes = lists[0], lists[1]
	if len(lists[0]) == 0 {
		at[0] = nil
	}
	if len(lists[1]) == 0 {
		at[1] = nil
	}
	m.clientAsks(c, ic.k, at[0], at[1])
}

// addressedOnlyAt reports whether at is the only &v in the function that
// declares v (at its definition def).
func (m *model) addressedOnlyAt(v *types.Var, def inspector.Cursor, at *ast.UnaryExpr) bool {
	var body ast.Node
	for c := range def.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = c.Node()
		break
	}
	if body == nil {
		return false // a package-level variable: addressed anywhere
	}
	only := true
	ast.Inspect(body, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND && u != at && m.localVar(u.X) == v {
			only = false
		}
		return only
	})
	return only
}

// readFromServer reports whether e reads a field or method of a server
// library's value (ar.Type, ar.GetResponseTypes()), or of a request the
// library's server received (string(authReq.ResponseType) of
// zitadel/oidc's *oidc.AuthRequest), through conversions:
// what an authorization server received, not what the program sends.
func (m *model) readFromServer(e ast.Expr) bool {
	for depth := 0; e != nil && depth < maxDepth; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // string(ar.Type)
				continue
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				e = sel
				continue
			}
			return false
		case *ast.SelectorExpr:
			sel, ok := m.info.Selections[x]
			if !ok {
				return false
			}
			n := namedOf(sel.Recv())
			if n == nil {
				return false
			}
			if sel.Obj().Pkg() != nil && m.lib(sel.Obj().Pkg()).lib != nil || m.lib(n.Obj().Pkg()).lib != nil || receivedType(n) {
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// acceptsAll reports whether e is a function (a literal or one of this
// package) whose every return ends with a nil error: a validator that
// accepts everything.
func (m *model) acceptsAll(e ast.Expr) bool {
	return m.everyReturn(e, func(results []ast.Expr) bool {
		return m.isNilResult(results[len(results)-1])
	})
}

// allowsAll reports whether e, a per-client check installed on a server
// (func(clientID string, grant oauth2.GrantType) (bool, error)), returns
// true and a nil error on every path: it lets every client use
// everything, and decides nothing.
func (m *model) allowsAll(e ast.Expr) bool {
	return m.everyReturn(e, func(results []ast.Expr) bool {
		if len(results) != 2 {
			return false
		}
		tv, ok := m.info.Types[results[0]]
		return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) && m.isNilResult(results[1])
	})
}

// everyReturn reports whether e, a function literal or a function of
// the package, has return statements, each with results that
// accept accepts, and no panic.
func (m *model) everyReturn(e ast.Expr, accept func(results []ast.Expr) bool) bool {
	var body *ast.BlockStmt
	var ft *ast.FuncType
	switch f := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		body, ft = f.Body, f.Type
	case *ast.Ident:
		fn, ok := m.info.Uses[f].(*types.Func)
		if !ok {
			return false
		}
		cur, ok := m.funcDecls[fn]
		if !ok {
			return false
		}
		d := cur.Node().(*ast.FuncDecl)
		body, ft = d.Body, d.Type
	}
	if body == nil || ft.Results == nil || ft.Results.NumFields() == 0 {
		return false
	}
	n, all := 0, true
	var named []ast.Expr // what a bare return returns, once computed
	ast.Inspect(body, func(x ast.Node) bool {
		switch r := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			results := r.Results
			if len(results) == 0 {
				if named == nil {
					named = m.namedResults(ft, body)
				}
				results = named
			}
			if len(results) == 0 || !accept(results) {
				all = false
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(r.Fun).(*ast.Ident); ok && id.Name == "panic" {
				all = false
			}
		}
		return all
	})
	return all && n > 0
}

// zeroNil stands for the zero value of a named result of interface type
// (an error) that a bare return returns unassigned. It is no node of the
// package, and no types.Info knows it: isNilResult recognises it.
var zeroNil = &ast.Ident{Name: "nil"}

// isNilResult reports whether e, a returned value, is nil.
func (m *model) isNilResult(e ast.Expr) bool {
	if e == zeroNil {
		return true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && m.info.Uses[id] == types.Universe.Lookup("nil")
}

// namedResults is what a bare return of a function with named results
// returns, when the body fixes it: each result is either never assigned
// (its zero value: a nil identifier stands for a nil error) or assigned
// once, by a statement of the body's top level that comes before every
// return (allowed = true; return). Nil when the body does not fix them.
func (m *model) namedResults(ft *ast.FuncType, body *ast.BlockStmt) []ast.Expr {
	var vars []*types.Var
	for _, f := range ft.Results.List {
		for _, name := range f.Names {
			v, ok := m.info.Defs[name].(*types.Var)
			if !ok {
				return nil
			}
			vars = append(vars, v)
		}
	}
	if len(vars) == 0 {
		return nil
	}
	firstReturn := body.End()
	ast.Inspect(body, func(x ast.Node) bool {
		if r, ok := x.(*ast.ReturnStmt); ok && r.Pos() < firstReturn {
			firstReturn = r.Pos()
		}
		_, lit := x.(*ast.FuncLit)
		return !lit
	})
	top := make(map[ast.Node]bool, len(body.List))
	for _, st := range body.List {
		top[st] = true
	}
	out := make([]ast.Expr, len(vars))
	for i, v := range vars {
		if _, ok := v.Type().Underlying().(*types.Interface); ok {
			out[i] = zeroNil // never assigned below: nil
		}
		writes := 0
		fixed := true
		ast.Inspect(body, func(x ast.Node) bool {
			switch a := x.(type) {
			case *ast.AssignStmt:
				for j, l := range a.Lhs {
					id, ok := ast.Unparen(l).(*ast.Ident)
					if !ok || m.info.Uses[id] != v {
						continue
					}
					writes++
					if !top[a] || a.Pos() > firstReturn || len(a.Lhs) != len(a.Rhs) || a.Tok != token.ASSIGN {
						fixed = false
					} else {
						out[i] = a.Rhs[j]
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(a.X).(*ast.Ident); ok && a.Op == token.AND && m.info.Uses[id] == v {
					fixed = false // &allowed: written elsewhere
				}
			}
			return fixed
		})
		if !fixed || writes > 1 || out[i] == nil {
			return nil
		}
	}
	return out
}

// declares reports whether pkg declares f: the function, or the method
// of the named type.
func declares(pkg *types.Package, f knowledge.Func) bool {
	if pkg == nil {
		return false
	}
	if f.Recv == "" {
		_, ok := pkg.Scope().Lookup(f.Name).(*types.Func)
		return ok
	}
	tn, ok := pkg.Scope().Lookup(f.Recv).(*types.TypeName)
	if !ok {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, f.Name)
	_, ok = obj.(*types.Func)
	return ok
}

// isNil reports whether e is the predeclared nil.
func (m *model) isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := m.info.Uses[id].(*types.Nil)
	return isNil
}

// installsHandlers reports whether the package calls a gate of library
// lib on one of its configurations (a server's password handler): it
// installs that server's handlers itself.
func installsHandlers(gates map[*ServerConfig]map[knowledge.Decision]*setterUse, lib *knowledge.Server) bool {
	for _, gs := range gates {
		for _, g := range gs {
			if g.lib == lib {
				return true
			}
		}
	}
	return false
}

// setterPkg is the package that declares setter f of the library whose
// configuration u makes: the anchor's own package, or the sibling package
// f names that this package imports (the server package beside
// manage.NewDefaultManager); nil when it is not imported here.
func (m *model) setterPkg(u *anchorUse, f knowledge.Func) *types.Package {
	pkg := u.fn.Pkg()
	if pkg == nil || f.Pkg == u.a.Func.Pkg {
		return pkg
	}
	want := f.Pkg // a wrapper's whole path
	if root, ok := strings.CutSuffix(trimVendor(pkg.Path()), "/"+u.a.Func.Pkg); ok && !strings.Contains(f.Pkg, ".") {
		want = root + "/" + f.Pkg
	}
	for _, imp := range m.pass.Pkg.Imports() {
		if trimVendor(imp.Path()) == want {
			return imp
		}
	}
	return nil
}

// inLoop reports whether cur is in the body of a for or range statement of
// its function.
func inLoop(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
		return false
	}
	return false
}

// hasField reports whether the struct type t (or *t) has a field name.
func hasField(t types.Type, name string) bool {
	n := namedOf(t)
	if n == nil {
		return true // not a named type: nothing to tell
	}
	obj, _, _ := types.LookupFieldOrMethod(n, true, n.Obj().Pkg(), name)
	v, ok := obj.(*types.Var)
	return ok && v.IsField()
}
