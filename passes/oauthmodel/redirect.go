package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// redirectChecks finds comparisons of a requested redirect URI that are
// not exact: strings.HasPrefix/HasSuffix/Contains against a registered
// value or a URL constant, path and filepath patterns, regular
// expressions. The requested URI is a value read from the request
// (r.FormValue("redirect_uri"), a request struct's RedirectURI field), the
// requested-URI parameter of a validator installed in a server library,
// or, in a package that serves HTTP or configures a server, a variable or
// parameter named as a redirect URI.
func (m *model) redirectChecks(setters []*setterUse) {
	if len(m.matchCalls) == 0 && len(m.looseImported) == 0 && len(m.loose) == 0 && len(m.starTests) == 0 || handBuiltExempt(m.pass.Pkg) {
		return
	}
	params := make(map[*types.Var]bool)
	for _, s := range setters {
		if s.s.Validator && len(s.call.Args) == 1 {
			m.validatorParams(s.call.Args[0], s.s.Requested, params)
		}
	}
	sig := m.result.Signals
	named := len(m.serverCalls) > 0 || sig.Redirects != nil || sig.PublicListen != nil || sig.WebFramework != ""
	reported := make(map[*ast.CallExpr]bool)
	for _, cur := range m.matchCalls {
		call := cur.Node().(*ast.CallExpr)
		if m.inTest(call) {
			continue
		}
		name, how, pairs := m.matchOperands(cur)
		for _, p := range pairs {
			if !m.requestedURI(p.operand, params, named, 0) {
				continue
			}
			if name == "strings.HasPrefix" && p.operand == call.Args[0] && m.pathPrefixOfOrigin(p) {
				break // HasPrefix(origin, allowed+"/"): an origin has no path, so only origin == allowed passes
			}
			constant, ok := m.matchesURI(p, how, params)
			if !ok {
				break
			}
			rc := &RedirectCheck{Node: call, How: name, Requested: p.operand, Against: p.against, Constant: constant, Refuses: m.refusesWhenTrue(cur)}
			m.result.Server.RedirectChecks = append(m.result.Server.RedirectChecks, rc)
			reported[call] = true
			break
		}
	}
	m.looseCalls(params, reported)
	m.wildcardRedirects(params, named)
}

// ownRedirectURIs are the variables and fields whose value the package
// gives an x/oauth2 Config as its RedirectURL (RedirectURL:
// s.RedirectURI): the client's own redirect URI, not one a request
// names.
func (m *model) ownRedirectURIs() map[types.Object]bool {
	if m.ownRedirects != nil {
		return m.ownRedirects
	}
	m.ownRedirects = make(map[types.Object]bool)
	for _, x := range m.endpointExprs {
		if x.kind != EndpointRedirect {
			continue
		}
		switch e := ast.Unparen(x.e).(type) {
		case *ast.Ident:
			if v := m.varOf(e); v != nil {
				m.ownRedirects[v] = true
			}
		case *ast.SelectorExpr:
			if obj, ok := m.info.Uses[e.Sel].(*types.Var); ok {
				m.ownRedirects[obj] = true
			}
		}
	}
	return m.ownRedirects
}

// refusesWhenTrue reports whether the test at cur, when it holds, leads
// to a refusal: it is (through parentheses, && and ||, not negated) the
// condition of an if whose body refuses (returns an error or false,
// assigns an error, or answers an error and returns).
func (m *model) refusesWhenTrue(cur inspector.Cursor) bool {
	c := cur
	for range maxDepth {
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			c = p
			continue
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				c = p
				continue
			}
		case *ast.IfStmt:
			return n.Cond == c.Node() && m.refusingBody(n.Body)
		}
		return false
	}
	return false
}

// refusingBody reports whether an if body refuses: refusing's answers,
// an error assigned, or an error answered (http.Error, c.AbortWithError)
// before a return.
func (m *model) refusingBody(body *ast.BlockStmt) bool {
	if refusing(m.info, body) {
		return true
	}
	errType := types.Universe.Lookup("error").Type()
	for _, st := range body.List {
		switch x := st.(type) {
		case *ast.AssignStmt:
			for i, l := range x.Lhs {
				if t := m.info.TypeOf(l); t != nil && types.Identical(t, errType) && i < len(x.Rhs) && !isNil(m.info, x.Rhs[i]) {
					return true
				}
			}
		case *ast.ExprStmt:
			if call, ok := x.X.(*ast.CallExpr); ok && endsInReturn(body.List) {
				if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok && (fn.Name() == "Error" || strings.HasPrefix(fn.Name(), "Abort")) {
					return true
				}
			}
		}
	}
	return false
}

// pathPrefixOfOrigin reports whether a prefix test can never pass: the
// prefix ends with "/" and the tested value is an origin, whose last
// part is a URL's host (u.Scheme + "://" + u.Host), which holds no "/".
func (m *model) pathPrefixOfOrigin(p matchOperand) bool {
	if p.against == nil {
		return false
	}
	if s := m.str(p.against, nil); !strings.HasSuffix(s, "/") {
		return false
	}
	e := m.throughLocals(p.operand)
	for range 4 {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			break
		}
		e = b.Y
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "Host" && isURLType(m.info.TypeOf(x.X))
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(m.info, x).(*types.Func)
		return fn != nil && funcName(fn) == "(*net/url.URL).Hostname"
	}
	return false
}

// matchOperand is an operand of a loose comparison that may be the
// requested URI, and the value it is compared with (nil for a regular
// expression method, whose pattern is the receiver).
type matchOperand struct {
	operand, against ast.Expr
}

// matchesURI reports whether a comparison of kind how (matchFuncs) whose
// operand holds the requested URI (in the sense of params) matches it
// against something else: not a constant that names no host (a scheme,
// a loopback origin, a character), not a part of the same URI. constant
// is the other side's value when it is a constant.
func (m *model) matchesURI(op matchOperand, how string, params map[*types.Var]bool) (constant string, ok bool) {
	if op.against == nil || how == "pattern" || how == "regular expression" {
		return "", true
	}
	if s := m.str(op.against, nil); value.Known(s) {
		return s, hostConstant(s)
	}
	if list, ok := m.rangedConstants(op.against); ok {
		// for _, scheme := range []string{"javascript:", "data:"}: each
		// value in turn, a host among them or none.
		for _, s := range list {
			if hostConstant(s) {
				return s, true
			}
		}
		return "", false
	}
	return "", !m.requestedURI(op.against, params, false, 0)
}

// rangedConstants returns the values of e when e is the value variable
// of a range over a list literal (held in a variable nothing else
// writes) whose elements are all string constants.
func (m *model) rangedConstants(e ast.Expr) ([]string, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != m.pass.Pkg || v.Parent() == nil || v.Parent() == m.pass.Pkg.Scope() {
		return nil, false
	}
	def, ok := m.defCursor(v)
	if !ok {
		return nil, false
	}
	rs, ok := def.Parent().Node().(*ast.RangeStmt)
	if !ok || rs.Value != def.Node() || rs.Tok != token.DEFINE {
		return nil, false
	}
	lit := m.listLit(rs.X)
	if lit == nil || len(lit.Elts) == 0 {
		return nil, false
	}
	var out []string
	for _, el := range lit.Elts {
		s := m.str(el, nil)
		if !value.Known(s) || !m.isConstant(el) {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// matchOperands returns the name of the comparison cur makes (for
// strings.Index, the test its use makes: "strings.HasPrefix"), its kind
// (matchFuncs) and the operands that may hold the requested URI; none
// for a strings.Index used otherwise than as a test.
func (m *model) matchOperands(cur inspector.Cursor) (name, how string, out []matchOperand) {
	call := cur.Node().(*ast.CallExpr)
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return "", "", nil
	}
	name = funcName(fn)
	how = matchFuncs[name]
	if how == "index" {
		if name = m.indexTest(cur); name == "" {
			return "", "", nil // an index used for something else than a test
		}
	}
	switch {
	case how == "regular expression" && strings.HasPrefix(name, "(*"):
		if len(call.Args) == 1 {
			out = append(out, matchOperand{call.Args[0], nil})
		}
	case how == "regular expression" || how == "pattern":
		if len(call.Args) == 2 {
			out = append(out, matchOperand{call.Args[1], call.Args[0]})
		}
	case len(call.Args) == 2:
		out = append(out, matchOperand{call.Args[0], call.Args[1]}, matchOperand{call.Args[1], call.Args[0]})
	}
	return name, how, out
}

// indexTest says what test a strings.Index call makes by how its result
// is compared: == 0 or != 0 is a prefix test (strings.HasPrefix), == -1,
// != -1, < 0, >= 0 or > -1 a substring test (strings.Contains); "" for
// any other use.
func (m *model) indexTest(cur inspector.Cursor) string {
	c := cur
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		c = c.Parent()
	}
	b, ok := c.Parent().Node().(*ast.BinaryExpr)
	if !ok {
		return ""
	}
	other, op := b.Y, b.Op
	if ast.Unparen(b.Y) == c.Node() {
		other = b.X
		switch op { // 0 < i is i > 0
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		case token.GEQ:
			op = token.LEQ
		}
	}
	tv, ok := m.info.Types[other]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return ""
	}
	n, exact := constant.Int64Val(tv.Value)
	if !exact {
		return ""
	}
	switch {
	case n == 0 && (op == token.EQL || op == token.NEQ):
		return "strings.HasPrefix"
	case n == -1 && (op == token.EQL || op == token.NEQ || op == token.GTR),
		n == 0 && (op == token.LSS || op == token.GEQ):
		return "strings.Contains"
	}
	return ""
}

// validatorParams marks the parameter of a validator function (a literal
// or a function of this package) that holds the requested URI.
func (m *model) validatorParams(e ast.Expr, index int, params map[*types.Var]bool) {
	var ft *ast.FuncType
	switch f := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		ft = f.Type
	case *ast.Ident, *ast.SelectorExpr:
		id, ok := f.(*ast.Ident)
		if !ok {
			id = f.(*ast.SelectorExpr).Sel
		}
		fn, ok := m.info.Uses[id].(*types.Func)
		if !ok {
			return
		}
		cur, ok := m.funcDecls[fn.Origin()]
		if !ok {
			return
		}
		ft = cur.Node().(*ast.FuncDecl).Type
	}
	if ft == nil || ft.Params == nil {
		return
	}
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if i == index {
				if v, ok := m.info.Defs[n].(*types.Var); ok {
					params[v] = true
				}
			}
			i++
		}
	}
}

// requestedURI reports whether e holds a requested redirect URI or a part
// of it (its host or path). named allows names as evidence.
func (m *model) requestedURI(e ast.Expr, params map[*types.Var]bool, named bool, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil {
			return false
		}
		if params[v] || (named && isRedirectName(v.Name()) && !m.readUnderOtherKey(v) && !m.ownRedirectURIs()[v]) {
			return true
		}
		if m.boundToRequestedURI(v, params, named, depth) {
			return true
		}
		d, ok := m.singleDef(v)
		if !ok {
			return m.everyDefRequested(v, params, named, depth)
		}
		if d.rhs == nil {
			return false
		}
		if d.tuple < 0 {
			return m.requestedURI(d.rhs, params, named, depth+1)
		}
		// u, err := url.Parse(redirectURI)
		if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok {
				return false
			}
			if d.tuple == 0 && len(call.Args) >= 1 && uriPreserving[funcName(fn)] {
				return m.requestedURI(call.Args[0], params, named, depth+1)
			}
			// base, target, err := parseBoth(registered, redirectURI)
			if from := m.resultParams(fn, max(d.tuple, 0), depth+1); len(from) > 0 {
				return m.requestedArg(call, from, params, named, depth+1)
			}
		}
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[x]
		if !ok || sel.Kind() != types.FieldVal {
			return false
		}
		if isURLType(sel.Recv()) {
			switch x.Sel.Name {
			case "Host", "Path", "RawPath", "Opaque":
				return m.requestedURI(x.X, params, named, depth+1)
			}
			return false
		}
		if !isRedirectName(x.Sel.Name) && tagName(fieldTag(sel)) != "redirect_uri" {
			return false // neither named nor tagged (json:"redirect_uri") for it
		}
		n := namedOf(sel.Recv())
		if n == nil || n.Obj().Pkg() == nil {
			return false
		}
		if isOAuth2Path(n.Obj().Pkg().Path()) {
			return false // the client's own oauth2.Config.RedirectURL
		}
		if m.ownRedirectURIs()[sel.Obj()] {
			return false // s.RedirectURI, which the package makes an oauth2.Config's RedirectURL
		}
		// A server library's request type, or a request struct.
		return m.lib(n.Obj().Pkg()).lib != nil || strings.Contains(n.Obj().Name(), "Request") || named
	case *ast.UnaryExpr:
		return x.Op == token.AND && m.requestedURI(x.X, params, named, depth)
	case *ast.BinaryExpr:
		// host + ":" + port, "https://" + host: a URI made of the
		// requested one's parts
		return x.Op == token.ADD && (m.requestedURI(x.X, params, named, depth+1) || m.requestedURI(x.Y, params, named, depth+1))
	case *ast.CompositeLit:
		// url.URL{Host: h, Path: requested.Path}: a URL made of the requested one's parts
		if tv, ok := m.info.Types[x]; !ok || !isURLType(tv.Type) {
			return false
		}
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && (k.Name == "Host" || k.Name == "Path") && m.requestedURI(kv.Value, params, named, depth+1) {
					return true
				}
			}
		}
		return false
	case *ast.CallExpr:
		// r.FormValue("redirect_uri"), r.URL.Query().Get("redirect_uri"),
		// c.Query("redirect_uri"), a closure's param("redirect_uri")
		if len(x.Args) == 1 && m.isString(x) && m.str(x.Args[0], nil) == "redirect_uri" {
			return true
		}
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return false
		}
		if uriPreserving[funcName(fn)] && len(x.Args) >= 1 {
			return m.requestedURI(x.Args[0], params, named, depth+1)
		}
		if from := m.resultParams(fn, 0, depth+1); len(from) > 0 {
			return m.requestedArg(x, from, params, named, depth+1)
		}
		switch funcName(fn) {
		case "(*net/url.URL).ResolveReference":
			// base.ResolveReference(&url.URL{Path: requested.Path}): the
			// reference's path (the base gives the scheme and host)
			return len(x.Args) == 1 && m.requestedURI(x.Args[0], params, named, depth+1)
		case "(*net/url.URL).Hostname", "(*net/url.URL).Port", "(*net/url.URL).String", "(*net/url.URL).EscapedPath":
			if s, ok := x.Fun.(*ast.SelectorExpr); ok {
				return m.requestedURI(s.X, params, named, depth+1)
			}
			return false
		}
		// A server library request's GetRedirectURI().
		if len(x.Args) == 0 && isRedirectName(strings.TrimPrefix(fn.Name(), "Get")) && m.lib(fn.Pkg()).lib != nil {
			return true
		}
	}
	return false
}

// readUnderOtherKey reports whether v's one assignment reads a value
// kept under a constant key other than redirect_uri
// (authRedirectURI := session.Get("auth_redirect_uri").(string),
// sess.Values["authorize_return"]): the server's own return URL, whatever
// the variable's name says.
func (m *model) readUnderOtherKey(v *types.Var) bool {
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil {
		return false
	}
	e := ast.Unparen(d.rhs)
	if ta, ok := e.(*ast.TypeAssertExpr); ok {
		e = ast.Unparen(ta.X)
	}
	var args []ast.Expr
	switch x := e.(type) {
	case *ast.CallExpr:
		args = x.Args // sess.GetString(ctx, "auth_return")
	case *ast.IndexExpr:
		args = []ast.Expr{x.Index} // sess.Values["auth_return"]
	}
	for _, a := range args {
		if k, ok := m.constStr(a); ok {
			// The first constant is the key (sess.GetString(ctx, key),
			// c.DefaultQuery(key, fallback)).
			return k != "" && k != "redirect_uri" && !strings.Contains(k, "/")
		}
	}
	return false
}

// everyDefRequested reports whether each assignment of v, a variable
// assigned more than once, gives it the requested URI or a part of it,
// the variable's own earlier value included, or a constant default:
// s := uri; if no scheme { s = "https://" + s }; if s == "" { s = "/app" }.
func (m *model) everyDefRequested(v *types.Var, params map[*types.Var]bool, named bool, depth int) bool {
	defs := m.defs[v]
	if len(defs) < 2 || m.addrTaken[v] || params[v] {
		return false
	}
	self := maps.Clone(params)
	self[v] = true
	requested := false
	for _, d := range defs {
		if m.inactive(d.cur.Node()) {
			continue
		}
		if d.rhs == nil || d.tuple >= 0 {
			return false
		}
		if m.isConstant(d.rhs) {
			continue
		}
		if !m.requestedURI(d.rhs, self, named, depth+1) {
			return false
		}
		if id, ok := ast.Unparen(d.rhs).(*ast.Ident); ok && m.info.Uses[id] == v {
			return false // v = v
		}
		requested = true
	}
	return requested
}

// uriPreserving functions return their first argument as the same URI:
// parsed, unescaped, trimmed or lower-cased.
var uriPreserving = map[string]bool{
	"net/url.Parse": true, "net/url.ParseRequestURI": true,
	"net/url.QueryUnescape": true, "net/url.PathUnescape": true,
	"strings.TrimSpace": true, "strings.ToLower": true, "strings.TrimSuffix": true,
}

// resultParams are the parameters of fn, a function of this package (of
// another: its URIPartFact), that its k-th result is derived from (the
// parameter itself, url.Parse of it, a URL made of its parts) in every
// return that gives a value (nil or a constant, on an error path, is
// none).
func (m *model) resultParams(fn *types.Func, k int, depth int) []int {
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok && fn.Pkg() != nil && fn.Pkg() != m.pass.Pkg {
		return m.importedURIPart(fn.Origin(), k)
	}
	if !ok || depth > maxDepth {
		return nil
	}
	key := resultKey{fn.Origin(), k}
	if from, ok := m.resultMemo[key]; ok {
		return from
	}
	decl := cur.Node().(*ast.FuncDecl)
	sig := fn.Type().(*types.Signature)
	if k >= sig.Results().Len() {
		return nil
	}
	if m.evaluating[decl.Name] {
		m.resultCuts++
		return nil
	}
	cuts := m.resultCuts
	from := m.resultFrom(cur, decl, sig, k, depth)
	if m.resultCuts == cuts && depth <= 1 {
		// Complete (no recursion cut, no depth bound near): kept.
		if m.resultMemo == nil {
			m.resultMemo = make(map[resultKey][]int)
		}
		m.resultMemo[key] = from
	}
	return from
}

// resultKey names a function's result (resultParams).
type resultKey struct {
	fn *types.Func
	k  int
}

func (m *model) resultFrom(cur inspector.Cursor, decl *ast.FuncDecl, sig *types.Signature, k, depth int) []int {
	m.evaluating[decl.Name] = true
	defer delete(m.evaluating, decl.Name)
	var found []int
	first := true
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if enclosingFunc(c) != decl {
			continue
		}
		if len(ret.Results) != sig.Results().Len() {
			return nil // return f(), or a bare return of named results
		}
		res := ret.Results[k]
		if m.isNil(res) || m.isConstant(res) {
			continue // nil or "localhost" on an error path: no URI of any parameter
		}
		var from []int
		for i := 0; i < sig.Params().Len(); i++ {
			if (first || slices.Contains(found, i)) && m.requestedURI(res, map[*types.Var]bool{sig.Params().At(i): true}, false, depth+1) {
				from = append(from, i)
			}
		}
		if len(from) == 0 {
			return nil
		}
		found, first = from, false
	}
	return found
}

// requestedArg reports whether one of the arguments of call at the
// indices in params holds a requested redirect URI.
func (m *model) requestedArg(call *ast.CallExpr, params []int, set map[*types.Var]bool, named bool, depth int) bool {
	if call.Ellipsis.IsValid() {
		return false
	}
	for _, j := range params {
		if j < len(call.Args) && m.requestedURI(call.Args[j], set, named, depth) {
			return true
		}
	}
	return false
}

// boundToRequestedURI reports whether v is a parameter of an unexported
// function of this package, never reassigned, that a call in the package
// binds to a requested redirect URI: a helper such as
// allowed(clientID, uri string) called with r.FormValue("redirect_uri").
func (m *model) boundToRequestedURI(v *types.Var, params map[*types.Var]bool, named bool, depth int) bool {
	if !m.isParam(v) || len(m.defs[v]) > 0 || m.addrTaken[v] {
		return false
	}
	refs := m.refs()
	owner, ok := refs.owner[v]
	if !ok {
		return false
	}
	for _, c := range refs.uses[owner.fn] {
		at := c
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == c.Node() {
			at = c.Parent() // s.allowed(uri): a method
		}
		ce, isCall := at.Parent().Node().(*ast.CallExpr)
		if !isCall || ast.Unparen(ce.Fun) != at.Node() || owner.index >= len(ce.Args) || ce.Ellipsis.IsValid() {
			continue
		}
		if m.requestedURI(ce.Args[owner.index], params, named, depth+1) {
			return true
		}
	}
	return false
}

// isRedirectName reports whether a name says it holds a redirect URI.
// The post-logout redirect URI (OpenID Connect RP-Initiated Logout) is
// not one: no code or token is sent to it, so a loose match there is an
// open redirect, not the code theft redirecturi is about.
func isRedirectName(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	if strings.Contains(n, "logout") {
		return false
	}
	return strings.Contains(n, "redirecturi") || strings.Contains(n, "redirecturl") || n == "redirect"
}

// hostConstant reports whether a constant compared with a redirect URI
// names a host (a URL with a host, or a domain) other than a loopback one:
// a scheme ("https://"), a path, a character or a loopback origin (RFC
// 8252 §7.3 lets a native client's loopback port vary) is not a loose
// match of the registered URI.
func hostConstant(s string) bool {
	rest := s
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	} else if strings.HasPrefix(rest, "/") {
		return false
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndex(host, ":"); i >= 0 && !strings.HasSuffix(host, "]") {
		host = host[:i]
	}
	host = strings.TrimPrefix(host, ".")
	switch strings.Trim(host, "[]") {
	case "", "127.0.0.1", "::1", "localhost":
		return false
	}
	return strings.Contains(host, ".") && strings.IndexFunc(host, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0
}
