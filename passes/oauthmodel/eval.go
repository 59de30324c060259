package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// Bounds on one evaluation, so that hostile code (deep variable chains,
// huge generated concatenations) degrades to "unknown", never to a hang.
const (
	maxDepth = 8       // variables and helper functions followed
	maxSteps = 1 << 16 // expressions visited
)

// evalCtx records what one evaluation folded in: the string roots it read
// through variables and the parameter containers it encoded. A root that
// folds in another request is the larger request; the smaller one is not
// reported on its own.
type evalCtx struct {
	roots      []ast.Expr
	containers []*container
	depth      int
	steps      int
}

// str evaluates a string expression to a partially known string (see
// value.Hole). ctx may be nil.
func (m *model) str(e ast.Expr, ctx *evalCtx) string {
	if ctx == nil {
		ctx = &evalCtx{}
	}
	if e == nil {
		return value.Hole
	}
	ctx.steps++
	if ctx.steps > maxSteps {
		return value.Hole
	}
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
		return value.Hole
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return m.str(x.X, ctx)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return m.str(x.X, ctx) + m.str(x.Y, ctx)
		}
	case *ast.Ident:
		return m.varStr(m.varOf(x), ctx)
	case *ast.SelectorExpr:
		if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
			return m.varStr(v, ctx) // pkg.Var
		}
		// c.Grant of a local struct literal never written after
		// (c := creds{Grant: "password"}).
		if f, ok := m.info.Uses[x.Sel].(*types.Var); ok && f.IsField() && ctx.depth < maxDepth {
			if val := m.literalField(x.X, f); val != nil {
				ctx.depth++
				s := m.str(val, ctx)
				ctx.depth--
				return s
			}
		}
	case *ast.CallExpr:
		if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() {
			// oauth2.GrantType(s): a conversion between string types
			// keeps the value.
			if len(x.Args) == 1 && isStringKind(tv.Type) && isStringKind(m.info.TypeOf(x.Args[0])) {
				return m.str(x.Args[0], ctx)
			}
			return value.Hole
		}
		return m.callStr(x, ctx)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			// grant := "password"; TokenOptions{GrantType: &grant}: the
			// only pointer to grant is this one, read where it is sent.
			if v := m.localVar(x.X); v != nil && m.addrTaken[v] && m.soleAddr[v] == x {
				return m.defsStr(v, ctx)
			}
			return m.str(x.X, ctx) // &s: a *string field's value
		}
	case *ast.StarExpr:
		return m.str(x.X, ctx)
	}
	return value.Hole
}

// singleDef returns the one assignment that gives v its value, ignoring a
// zero-value declaration that another assignment overrides.
func (m *model) singleDef(v *types.Var) (def, bool) {
	if v == nil || m.addrTaken[v] {
		return def{}, false
	}
	return m.onlyDef(v)
}

// onlyDef is singleDef for a variable whose address is taken where its
// value is read (see str).
func (m *model) onlyDef(v *types.Var) (def, bool) {
	defs := m.defs[v]
	var found def
	n := 0
	for _, d := range defs {
		if d.op == token.VAR && d.rhs == nil && len(defs) > 1 || m.inactive(d.cur.Node()) {
			continue
		}
		found = d
		n++
	}
	if n > 1 && m.tracked[found.cur.Node()] {
		return found, true // on one path, the last assignment before the send wins
	}
	return found, n == 1
}

func (m *model) varStr(v *types.Var, ctx *evalCtx) string {
	if v == nil || m.addrTaken[v] {
		return value.Hole
	}
	return m.defsStr(v, ctx)
}

// defsStr is the value v's assignments give it.
func (m *model) defsStr(v *types.Var, ctx *evalCtx) string {
	if ctx.depth >= maxDepth {
		return value.Hole
	}
	defs := m.defs[v]
	if len(defs) == 0 {
		return value.Hole // a parameter, or assigned where we did not look
	}
	// s := base; s += "&k=v"; …: a string built up in place, read in source
	// order (a += under a condition counts as sent, like any Set).
	if len(defs) > 1 && defs[1].op == token.ADD_ASSIGN {
		var b strings.Builder
		for i, d := range defs {
			if m.inactive(d.cur.Node()) {
				continue
			}
			if (i == 0) == (d.op == token.ADD_ASSIGN) || d.tuple >= 0 {
				return value.Hole
			}
			b.WriteString(m.defStr(d, ctx))
		}
		return b.String()
	}
	d, ok := m.onlyDef(v)
	if !ok {
		return m.constBases(v)
	}
	if d.tuple >= 0 {
		return value.Hole
	}
	if d.rhs == nil {
		if d.op == token.VAR {
			return ""
		}
		return value.Hole
	}
	return m.defStr(d, ctx)
}

// constBases is the value of a variable that several branches set to
// different URL bases (base = "https://github.com/login/oauth/authorize?"
// in one case, casdoorURL + "/login/oauth/authorize?" in another): the
// part they all end with, when it holds the query's "?", after a Hole for
// what differs. The query that follows is then the request's whole query.
// Each branch's value is read from its constant end only (a constant, or
// a concatenation ending with one), without evaluating the rest; any
// other mix is a Hole. A declaration's zero value is not a base (var base
// string, set in every case).
func (m *model) constBases(v *types.Var) string {
	var vals []string
	for _, d := range m.defs[v] {
		if d.rhs == nil && d.op == token.VAR {
			continue
		}
		if d.rhs == nil || d.tuple >= 0 || d.op == token.ADD_ASSIGN {
			return value.Hole
		}
		e, prefix := ast.Unparen(d.rhs), ""
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			e, prefix = ast.Unparen(b.Y), value.Hole
		}
		tv, ok := m.info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return value.Hole
		}
		if m.inactive(d.cur.Node()) {
			continue
		}
		vals = append(vals, prefix+constant.StringVal(tv.Value))
	}
	if len(vals) < 2 {
		return value.Hole
	}
	suffix := vals[0]
	for _, c := range vals[1:] {
		n := 0
		for n < len(suffix) && n < len(c) && suffix[len(suffix)-1-n] == c[len(c)-1-n] {
			n++
		}
		suffix = suffix[len(suffix)-n:]
	}
	whole := true
	if i := strings.LastIndex(suffix, value.Hole); i >= 0 {
		suffix, whole = suffix[i+len(value.Hole):], false // x + "/authorize?" in every branch
	}
	if !strings.Contains(suffix, "?") {
		return value.Hole
	}
	for _, c := range vals {
		if c != suffix {
			whole = false
		}
	}
	if whole {
		return suffix // the same base in every branch
	}
	return value.Hole + suffix
}

func (m *model) defStr(d def, ctx *evalCtx) string {
	if d.rhs == nil {
		if d.op == token.VAR {
			return ""
		}
		return value.Hole
	}
	if m.evaluating[d.rhs] {
		return value.Hole // v = v + "x" in a loop, or a cycle through helpers
	}
	m.evaluating[d.rhs] = true
	ctx.depth++
	ctx.roots = append(ctx.roots, d.rhs)
	s := m.str(d.rhs, ctx)
	ctx.depth--
	delete(m.evaluating, d.rhs)
	return s
}

// sprintfStr evaluates fmt.Sprintf(format, args...), and the format and
// arguments of a print that formats the same way (fmt.Printf).
func (m *model) sprintfStr(formatArg ast.Expr, argExprs []ast.Expr, ctx *evalCtx) string {
	format := m.str(formatArg, ctx)
	if !value.Known(format) {
		return value.Hole
	}
	args := make([]value.Arg, len(argExprs))
	for i, a := range argExprs {
		switch {
		case m.isString(a):
			args[i] = value.Arg{Str: m.str(a, ctx), IsStr: true}
		case isNamed(m.info.TypeOf(a), "net", "Addr"):
			// fmt.Sprintf("http://%s/cb", l.Addr()): the address's
			// String, as in (net.Addr).String below.
			if host, ok := m.listenerHost(a); ok {
				args[i] = value.Arg{Str: host + ":" + value.Hole, IsStr: true}
			}
		default:
			if tv, ok := m.info.Types[a]; ok && tv.Value != nil {
				args[i] = value.Arg{Const: tv.Value}
			}
		}
	}
	return value.Sprintf(format, args)
}

// printfFormats are the prints that format like fmt.Sprintf: the index
// of their format argument. A URL in the format (fmt.Printf("open
// https://idp/authorize?client_id=%s&…\n", id)) is a request printed
// for the user, evaluated with its arguments.
var printfFormats = map[string]int{"fmt.Printf": 0, "fmt.Fprintf": 1}

// printfCall is the print whose format argument the expression at cur
// is, and the index of that argument.
func (m *model) printfCall(cur inspector.Cursor) (*ast.CallExpr, int) {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil, 0
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil, 0
	}
	i, ok := printfFormats[m.funcName(fn)]
	if !ok || i >= len(call.Args) || call.Args[i] != cur.Node() {
		return nil, 0
	}
	return call, i
}

func (m *model) callStr(call *ast.CallExpr, ctx *evalCtx) string {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return value.Hole
	}
	switch funcName(fn) {
	case "fmt.Sprintf":
		if len(call.Args) == 0 || call.Ellipsis.IsValid() {
			return value.Hole
		}
		return m.sprintfStr(call.Args[0], call.Args[1:], ctx)
	case "strings.Join":
		if len(call.Args) != 2 {
			return value.Hole
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			return value.Hole
		}
		parts := make([]string, len(lit.Elts))
		for i, elt := range lit.Elts {
			parts[i] = m.str(elt, ctx)
		}
		return strings.Join(parts, m.str(call.Args[1], ctx))
	case "(net/url.Values).Encode":
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return value.Hole
		}
		c := m.containerFor(sel.X)
		if c == nil {
			return value.Hole
		}
		ctx.containers = append(ctx.containers, c)
		return value.EncodeValues(m.containerParams(c))
	case "(*net/url.URL).String":
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			return m.urlString(sel.X, ctx)
		}
	case "(net.Addr).String":
		// l.Addr().String() of a listener bound to one known host: that
		// host and the port it got ("localhost:" + Hole).
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			if host, ok := m.listenerHost(sel.X); ok {
				return host + ":" + value.Hole
			}
		}
	case "net.JoinHostPort":
		if len(call.Args) == 2 {
			host := m.str(call.Args[0], ctx)
			if strings.Contains(host, ":") && value.Known(host) {
				host = "[" + host + "]"
			}
			return host + ":" + m.str(call.Args[1], ctx)
		}
	case "net/url.QueryEscape":
		if len(call.Args) == 1 {
			if s := m.str(call.Args[0], ctx); value.Known(s) {
				return url.QueryEscape(s)
			}
		}
	}
	if s, ok := m.stringerStr(fn, call, ctx); ok {
		return s
	}
	if e, ok := lookupSDK(fn); ok && e.pointer && len(call.Args) == 1 {
		return m.str(call.Args[0], ctx) // auth0.String("…"): a pointer to the argument
	}
	return m.helperStr(fn, call, ctx)
}

// isStringKind reports whether t's underlying type is string.
func isStringKind(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// stringerStr evaluates x.String() on a named string type whose method
// returns its receiver's value: a library method the knowledge tables
// list (oauth2.PasswordCredentials.String()), or a method of this package
// whose body is return string(recv). ok is false for any other call.
func (m *model) stringerStr(fn *types.Func, call *ast.CallExpr, ctx *evalCtx) (string, bool) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || len(call.Args) != 0 {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isStringKind(sig.Recv().Type()) || !isStringKind(sig.Results().At(0).Type()) {
		return "", false
	}
	if selection, ok := m.info.Selections[sel]; !ok || selection.Kind() != types.MethodVal {
		return "", false // a method expression: T.String(x)
	}
	if r := m.lib(fn.Pkg()); r.lib != nil {
		for _, st := range r.lib.Stringers {
			if !m.libFunc(fn, st.Func) {
				continue
			}
			recv := m.str(sel.X, ctx)
			if !value.Known(recv) || st.Values != nil && !slices.Contains(st.Values, recv) {
				return value.Hole, true
			}
			return recv, true
		}
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return "", false
	}
	decl := cur.Node().(*ast.FuncDecl)
	if decl.Body == nil || len(decl.Body.List) != 1 {
		return "", false
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return "", false
	}
	res := ast.Unparen(ret.Results[0])
	if conv, ok := res.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := m.info.Types[conv.Fun]; ok && tv.IsType() {
			res = ast.Unparen(conv.Args[0])
		}
	}
	osig, _ := fn.Origin().Type().(*types.Signature)
	if id, ok := res.(*ast.Ident); ok && osig != nil && m.info.Uses[id] == osig.Recv() {
		return m.str(sel.X, ctx), true
	}
	return "", false
}

// helperStr evaluates a call to a small function of this package whose
// body is a single return: a constant (func authEndpoint() string { return
// … }) or one of its parameters (func StringP(v string) *string { return
// &v }), which then stands for the caller's argument.
func (m *model) helperStr(fn *types.Func, call *ast.CallExpr, ctx *evalCtx) string {
	if ctx.depth >= maxDepth {
		return value.Hole
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return value.Hole
	}
	decl := cur.Node().(*ast.FuncDecl)
	if len(decl.Body.List) != 1 {
		return value.Hole
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 || m.evaluating[ret.Results[0]] {
		return value.Hole
	}
	result := ret.Results[0]
	if u, ok := ast.Unparen(result).(*ast.UnaryExpr); ok && u.Op == token.AND {
		result = u.X
	}
	if id, ok := ast.Unparen(result).(*ast.Ident); ok {
		if sig, ok := fn.Origin().Type().(*types.Signature); ok {
			for i := 0; i < sig.Params().Len(); i++ {
				if m.info.Uses[id] == sig.Params().At(i) {
					if i >= len(call.Args) || (sig.Variadic() && i == sig.Params().Len()-1) {
						return value.Hole
					}
					return m.str(call.Args[i], ctx)
				}
			}
		}
	}
	if len(call.Args) != 0 {
		return value.Hole
	}
	m.evaluating[ret.Results[0]] = true
	ctx.depth++
	s := m.str(ret.Results[0], ctx)
	ctx.depth--
	delete(m.evaluating, ret.Results[0])
	return s
}

// containerFor is the container an expression denotes: a container
// variable or a standalone literal.
func (m *model) containerFor(e ast.Expr) *container {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		return m.containers[containerKey{lit: lit}]
	}
	return m.containerOfVar(e)
}

// urlString evaluates a *url.URL (or url.URL) variable to the URL it
// holds: url.Parse of a string, with u.RawQuery assignments applied.
func (m *model) urlString(e ast.Expr, ctx *evalCtx) string {
	if ctx == nil {
		ctx = &evalCtx{}
	}
	v := m.localVar(e)
	if v == nil || ctx.depth >= maxDepth {
		return value.Hole
	}
	base := value.Hole
	if d, ok := m.singleDef(v); ok && d.rhs != nil {
		if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
			fn, _ := typeutil.Callee(m.info, call).(*types.Func)
			switch {
			case fn == nil:
			case funcName(fn) == "net/url.Parse" && d.tuple == 0 && len(call.Args) == 1:
				ctx.depth++
				base = m.str(call.Args[0], ctx)
				ctx.depth--
			case funcName(fn) == "(*net/url.URL).JoinPath" && d.tuple < 0 && !call.Ellipsis.IsValid():
				// redirect := base.JoinPath("/callback"): base's URL,
				// its path extended.
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
					ctx.depth++
					base = m.joinPath(m.urlString(sel.X, ctx), call.Args, ctx)
					ctx.depth--
				}
			}
		}
	}
	switch q := m.fieldSets[varField{v, "RawQuery"}]; len(q) {
	case 0:
		return base
	case 1:
		if i := strings.IndexByte(base, '?'); i >= 0 {
			base = base[:i]
		}
		ctx.depth++
		s := base + "?" + m.str(q[0], ctx)
		ctx.depth--
		return s
	}
	return value.Hole
}

// joinPath is what (*url.URL).JoinPath makes of a partially known URL:
// each element appended to its path after one slash; the query stays.
func (m *model) joinPath(base string, elems []ast.Expr, ctx *evalCtx) string {
	head, query, hasQuery := strings.Cut(base, "?")
	head = strings.TrimRight(head, "/")
	for _, e := range elems {
		if p := strings.Trim(m.str(e, ctx), "/"); p != "" {
			head += "/" + p
		}
	}
	if hasQuery {
		return head + "?" + query
	}
	return head
}

// possible lists the constant values a string expression may take: its
// value when known, or each assignment's value for a variable assigned a
// few different constants ("password", or the password-realm grant).
func (m *model) possible(e ast.Expr) []string {
	if e == nil {
		return nil
	}
	if s := m.str(e, nil); value.Known(s) {
		return []string{s}
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return m.possibleJoin(call)
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v := m.varOf(id)
	if v == nil || m.addrTaken[v] || len(m.defs[v]) > 8 {
		return nil
	}
	var out []string
	for _, d := range m.defs[v] {
		if m.inactive(d.cur.Node()) {
			continue
		}
		if d.rhs == nil || d.tuple >= 0 || (d.op != token.DEFINE && d.op != token.ASSIGN && d.op != token.VAR) {
			return nil
		}
		s := m.str(d.rhs, nil)
		if !value.Known(s) {
			return nil
		}
		out = append(out, s)
	}
	return out
}

// possibleJoin evaluates strings.Join(parts, sep) where parts is a local
// slice built from literals and appends, some of them conditional: the
// result with every element that may be there (response_type "id_token"
// plus, on some paths, "token").
func (m *model) possibleJoin(call *ast.CallExpr) []string {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || funcName(fn) != "strings.Join" || len(call.Args) != 2 {
		return nil
	}
	sep := m.str(call.Args[1], nil)
	v := m.localVar(call.Args[0])
	if v == nil || m.addrTaken[v] || !value.Known(sep) {
		return nil
	}
	var parts []string
	for _, d := range m.defs[v] {
		if d.rhs == nil || d.tuple >= 0 {
			return nil
		}
		var elems []ast.Expr
		switch r := ast.Unparen(d.rhs).(type) {
		case *ast.CompositeLit:
			elems = r.Elts
		case *ast.CallExpr:
			b, ok := typeutil.Callee(m.info, r).(*types.Builtin)
			if !ok || b.Name() != "append" || len(r.Args) == 0 || m.localVar(r.Args[0]) != v || r.Ellipsis.IsValid() {
				return nil
			}
			elems = r.Args[1:]
		default:
			return nil
		}
		for _, e := range elems {
			s := m.str(e, nil)
			if !value.Known(s) {
				return nil
			}
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return []string{strings.Join(parts, sep)}
}

// listenerHost is the host every listener held in the variable whose
// Addr() e calls is bound to (l, err := net.Listen("tcp", "localhost:0")),
// when the listen addresses name one and the same host.
func (m *model) listenerHost(e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Addr" {
		return "", false
	}
	v := m.localVar(sel.X)
	if v == nil || m.addrTaken[v] || len(m.defs[v]) == 0 {
		return "", false
	}
	host, seen := "", false
	for _, d := range m.defs[v] {
		if d.rhs == nil && d.op == token.VAR {
			continue // var l net.Listener
		}
		lc, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if !ok || d.tuple > 0 {
			return "", false
		}
		fn, ok := typeutil.Callee(m.info, lc).(*types.Func)
		if !ok || len(lc.Args) < 2 {
			return "", false
		}
		switch funcName(fn) {
		case "net.Listen", "crypto/tls.Listen":
		default:
			return "", false
		}
		h, ok := listenHost(m.str(lc.Args[1], nil))
		if !ok || h == "" || seen && h != host {
			return "", false
		}
		host, seen = h, true
	}
	return host, seen
}
