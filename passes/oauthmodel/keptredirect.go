package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A redirect URI kept between two handlers. A facade's authorization
// endpoint reads the client's redirect_uri and keeps it in a record of the
// pending login (s.pending[state] = pendingLogin{RedirectURI: uri}); its
// callback, after the upstream login, reads the record back and sends the
// code to that URI. Nothing compared it on the way when every write of the
// record's field in the package stores the requested URI, kept in
// variables the writing handler only passes through, and every other read
// of the field outside the redirecting function is logged, tested for
// emptiness, or compared with the requested URI itself (a token endpoint's
// check that the redirect_uri sent with the code is the one kept, RFC 6749
// §4.1.3, which says nothing of where the code already went).

// keptRead is the read of the requested redirect URI that field selection
// x reads back, or nil. The field is one of a struct this package
// declares, of string type.
func (m *model) keptRead(x *ast.SelectorExpr, depth int) ast.Expr {
	f, ok := m.info.Uses[x.Sel].(*types.Var)
	if !ok || !f.IsField() || f.Pkg() != m.pass.Pkg || depth > maxDepth || m.keptBusy[f] {
		return nil
	}
	if b, ok := f.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return nil
	}
	if m.keptBusy == nil {
		m.keptBusy = make(map[*types.Var]bool)
	}
	m.keptBusy[f] = true
	defer delete(m.keptBusy, f)

	var read ast.Expr
	cx, ok := m.in.Root().FindNode(x.Sel)
	if !ok {
		return nil
	}
	here := enclosingFunc(cx) // the function that reads x
	if here == nil {
		return nil
	}
	for c := range m.in.Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if m.info.Uses[id] != f || id == x.Sel {
			continue
		}
		fn := enclosingFunc(c)
		if fn == nil {
			return nil // a package-level initialiser
		}
		var value ast.Expr // what a write stores
		switch p := c.Parent().Node().(type) {
		case *ast.KeyValueExpr:
			if p.Key != id {
				return nil
			}
			value = p.Value
		case *ast.SelectorExpr:
			if p.Sel != id {
				return nil
			}
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok {
				for i, l := range as.Lhs {
					if ast.Unparen(l) == ast.Expr(p) {
						if len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN {
							return nil
						}
						value = as.Rhs[i]
					}
				}
			}
			if value == nil {
				// A read. In the redirecting function passedThrough
				// judges it (the chain holds f); elsewhere it must
				// check nothing.
				if fn != here && !m.harmlessKeptRead(c.Parent(), f) {
					return nil
				}
				continue
			}
		default:
			return nil
		}
		r := m.keptWrite(value, fn, depth)
		if r == nil {
			return nil // stored from something else, or checked where it is read
		}
		if read == nil || r.Pos() < read.Pos() {
			read = r
		}
	}
	if read != nil && m.recordHandedOut(x, f) {
		return nil
	}
	return read
}

// keptWrite is the read of the requested redirect URI that value, stored
// in the kept field in fn, holds, when fn only passes it through and
// checks it no other way: read in fn, or a parameter of fn, an unexported
// function of the package, for which each of its calls passes such a
// read (s.remember(id, r.FormValue("redirect_uri"))).
func (m *model) keptWrite(value ast.Expr, fn ast.Node, depth int) ast.Expr {
	var sub readChain
	if r := m.requestedRead(value, &sub, depth+1); r != nil {
		if m.onlyPassedThrough(fn, sub, value) && !m.checkedElsewhere(fn, r, nil) {
			return r
		}
		return nil
	}
	decl, ok := fn.(*ast.FuncDecl)
	if !ok {
		return nil
	}
	obj, _ := m.info.Defs[decl.Name].(*types.Func)
	p := m.localVar(value)
	if obj == nil || obj.Exported() || p == nil || len(m.defs[p]) > 0 || m.addrTaken[p] {
		return nil
	}
	sig := obj.Signature()
	index := -1
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == p {
			index = i
		}
	}
	if index < 0 || sig.Variadic() && index == sig.Params().Len()-1 {
		return nil
	}
	var own readChain
	own.add(p, value)
	if !m.onlyPassedThrough(fn, own, value) {
		return nil // the helper reads it otherwise
	}
	var read ast.Expr
	for _, use := range m.refs().uses[obj.Origin()] {
		call, ok := calledAt(use)
		if !ok {
			return nil // a function value: called from anywhere
		}
		args := call.Node().(*ast.CallExpr).Args
		caller := enclosingFunc(call)
		if index >= len(args) || caller == nil {
			return nil
		}
		var sub readChain
		r := m.requestedRead(args[index], &sub, depth+1)
		if r == nil || !m.onlyPassedThrough(caller, sub, args[index]) || m.checkedElsewhere(caller, r, call.Node().(*ast.CallExpr)) {
			return nil
		}
		if read == nil {
			read = r
		}
	}
	return read
}

// recordHandedOut reports whether the record whose field f the redirect
// target reads at x may be checked where this package cannot see: the
// field is exported and the record (or a pointer to it) is handed to a
// function of another package that is not a logger, here or wherever the
// package holds a value of the record's type.
func (m *model) recordHandedOut(x *ast.SelectorExpr, f *types.Var) bool {
	if !f.Exported() {
		return false // only this package can read it
	}
	rec := m.info.TypeOf(x.X)
	if p, ok := rec.(*types.Pointer); ok {
		rec = p.Elem()
	}
	named, ok := rec.(*types.Named)
	if !ok {
		return true
	}
	return m.typeHandedOut(named)
}

// typeHandedOut reports whether a value of the named type (or a pointer
// to one) is an argument of a call to another package's function, not a
// logger: that package may read its fields.
func (m *model) typeHandedOut(named *types.Named) bool {
	out := false
	for c := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		callee := typeutil.Callee(m.info, call)
		if fn, ok := callee.(*types.Func); ok && fn.Pkg() == m.pass.Pkg {
			continue // its reads of f are the package's own, seen
		}
		if b, ok := callee.(*types.Builtin); ok && (b.Name() != "append" || len(call.Args) == 0 || !m.exportedVarRoot(call.Args[0])) {
			continue // append(codes, *rec) to the package's own slice, len, copy
		}
		for _, a := range call.Args {
			t := m.info.TypeOf(a)
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if t != nil && types.Identical(t, named) && !m.loggedArg(call) {
				out = true
			}
		}
		if out {
			break
		}
	}
	return out
}

// exportedVarRoot reports whether e is, or selects from, an exported
// package-level variable, which other packages can read.
func (m *model) exportedVarRoot(e ast.Expr) bool {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, ok := m.info.Uses[x].(*types.Var)
			return ok && v.Exported() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
		case *ast.SelectorExpr:
			if v, ok := m.info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
				return v.Exported() // pkg.Var
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
	return false
}

// harmlessKeptRead reports whether the read of the kept field f at sel
// (a selection) checks nothing (harmlessUse), or is the value of a local
// variable that holds only the requested URI or the field and is used
// only harmlessly (sent = rec.RedirectURI when the token request sent
// none).
func (m *model) harmlessKeptRead(sel inspector.Cursor, f *types.Var) bool {
	return m.harmlessRead(sel, func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && m.info.Uses[x.Sel] == f
	})
}

// harmlessRead is harmlessKeptRead for the read at sel of a kept value,
// which kept tells apart from other expressions: a selection of the
// kept field, an element of the map the URI is kept in.
func (m *model) harmlessRead(sel inspector.Cursor, kept func(ast.Expr) bool) bool {
	p, ok := sel.Parent().Node().(*ast.AssignStmt)
	if !ok {
		return m.harmlessUseOf(sel, kept)
	}
	i := slices.Index(p.Rhs, sel.Node().(ast.Expr))
	switch {
	case i < 0:
		return false
	case len(p.Lhs) == 2 && len(p.Rhs) == 1:
		// uri, ok := pending[code]: the value is the first.
	case len(p.Lhs) != len(p.Rhs):
		return false
	}
	id, ok := ast.Unparen(p.Lhs[i]).(*ast.Ident)
	if !ok {
		return false
	}
	v := m.varOf(id)
	fc, ok := enclosingFuncCursor(sel)
	if v == nil || !ok || !m.requestOrKeptOf(id, kept) {
		return false
	}
	for u := range fc.Preorder((*ast.Ident)(nil)) {
		uid := u.Node().(*ast.Ident)
		if m.info.Uses[uid] != v {
			continue
		}
		if as, ok := u.Parent().Node().(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(uid)) {
			continue // a def, judged by requestOrKept
		}
		if !m.harmlessUseOf(u, kept) {
			return false
		}
	}
	return true
}

// harmlessUse reports whether the value at u, the requested URI or the
// kept field f, is used so as to check nothing: an argument of a logger,
// an emptiness test, or a comparison with the requested URI or with the
// field itself.
func (m *model) harmlessUse(u inspector.Cursor, f *types.Var) bool {
	return m.harmlessUseOf(u, func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && m.info.Uses[x.Sel] == f
	})
}

func (m *model) harmlessUseOf(u inspector.Cursor, kept func(ast.Expr) bool) bool {
	switch p := u.Parent().Node().(type) {
	case *ast.BinaryExpr:
		other := comparedWith(p, u.Node().(ast.Expr))
		if other == nil {
			return false
		}
		if s, ok := m.constStr(other); ok && s == "" {
			return true
		}
		return m.requestOrKeptOf(other, kept)
	case *ast.CallExpr:
		return m.loggedArg(p)
	case *ast.CompositeLit:
		return true // stored (a copy checked later is the copy's business)
	case *ast.KeyValueExpr:
		return p.Value == u.Node()
	}
	return false
}

// requestOrKept reports whether every value e may hold is the requested
// redirect URI read from the request, or field f.
func (m *model) requestOrKept(e ast.Expr, f *types.Var) bool {
	return m.requestOrKeptOf(e, func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && m.info.Uses[x.Sel] == f
	})
}

func (m *model) requestOrKeptOf(e ast.Expr, kept func(ast.Expr) bool) bool {
	if kept(e) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return m.readsRedirectParam(x)
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || m.addrTaken[v] || len(m.defs[v]) == 0 {
			return false
		}
		for _, d := range m.defs[v] {
			if d.rhs == nil || d.tuple > 0 || d.tuple == 0 && !kept(d.rhs) {
				return false // uri, ok := pending[code] is the kept value
			}
			if id, ok := ast.Unparen(d.rhs).(*ast.Ident); ok && id == x {
				return false
			}
			if kept(d.rhs) {
				continue
			}
			r, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok || !m.readsRedirectParam(r) {
				return false
			}
		}
		return true
	}
	return false
}

// loggedArg reports whether call, one of whose arguments is the value at
// hand, only writes it out: a logger of the table or with a logger's
// shape, or fmt's printers, directly or through the field adders of a
// structured logger (zerolog's Str, zap.String) that end in one.
func (m *model) loggedArg(call *ast.CallExpr) bool {
	if m.writesOut(call) {
		return true
	}
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := m.funcName(fn)
	if _, carrier := carriers[name]; !carrier && !(loggerFuncs()[name] != nil && derivesLogger(fn)) {
		return false
	}
	// log.Debug().Str("redirect_uri", uri).Msg(…): the chain's last call.
	c, ok := m.in.Root().FindNode(call)
	if !ok {
		return false
	}
	for p := c.Parent(); p.Valid(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.SelectorExpr, *ast.ParenExpr:
		case *ast.CallExpr:
			return m.loggedArg(n)
		default:
			return false
		}
	}
	return false
}

// comparedWith is the other operand of b, an == or != comparison of e;
// nil for any other operator.
func comparedWith(b *ast.BinaryExpr, e ast.Expr) ast.Expr {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return nil
	}
	if b.X == e {
		return b.Y
	}
	return b.X
}
