package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A hand-written server that reads the code_verifier may still let a
// client skip PKCE: its token endpoint compares the verifier only when the
// code was issued with a challenge,
//
//	verifier := r.Form.Get("code_verifier")
//	if stored.Challenge != "" {
//		if s256(verifier) != stored.Challenge { refuse }
//	}
//
// (or hands it to a check of the package that returns success first when
// no challenge was stored: if challenge == "" { return nil }), and its
// authorization endpoint never refuses a request without code_challenge.
// PKCE is then optional, and a public client may skip it: the PKCEPublic
// decision, as when no code of the server reads the verifier.

// optionalPKCE returns the check that runs only when a challenge was
// stored, and its function, when every use of the code_verifier the
// package reads from a request is such a check and no branch of the
// package refuses a missing code_challenge; nil otherwise.
func (m *model) optionalPKCE() (ast.Node, ast.Node) {
	if m.optional == nil {
		g, fn := m.findOptionalPKCE()
		m.optional = &[2]ast.Node{g, fn}
	}
	return m.optional[0], m.optional[1]
}

// findOptionalPKCE is optionalPKCE, computed once per package.
func (m *model) findOptionalPKCE() (ast.Node, ast.Node) {
	if !m.readsVerifier {
		return nil, nil
	}
	var guard, fn ast.Node
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if m.methodRead(call) != paramCodeVerifier || m.inTest(call) || m.requestRead(call, paramCodeVerifier, 0) == nil {
			continue
		}
		var g ast.Node
		var self bool
		if v := m.assignedLocal(cur); v != nil {
			g, self = m.guardedLocalUses(v, cur)
		} else if f := m.assignedField(cur); f != nil {
			// CodeVerifier: r.FormValue("code_verifier") in a request
			// struct the package parses, checked where it is used.
			g, self = m.guardedFieldUses(f)
		} else if ng := m.inlineGuard(cur); ng != nil {
			// verify(r.FormValue("code_verifier"), …) under a test of
			// the stored challenge: the read is its own use.
			g = ng
		} else {
			return nil, nil // read, and used in a way not followed here
		}
		if g == nil {
			return nil, nil
		}
		if guard == nil {
			guard, fn = g, enclosingFunc(cur)
		}
		m.downgrade = m.downgrade || self
	}
	// A request struct decoded by its tags (schema:"code_verifier"),
	// whose field no call reads by name.
	for _, f := range m.boundVerifierFields() {
		g, self := m.guardedFieldUses(f)
		if g == nil {
			return nil, nil
		}
		if guard == nil {
			if c, ok := m.in.Root().FindNode(g); ok {
				guard, fn = g, enclosingFunc(c)
			}
		}
		m.downgrade = m.downgrade || self
	}
	// A check skipped when the client sends no verifier is skipped
	// whatever the authorization endpoint required.
	if guard == nil || !m.downgrade && m.requiresChallenge() {
		return nil, nil
	}
	return guard, fn
}

// assignedField is the string field that the value at cur is written to:
// a keyed literal's element (tokenRequest{CodeVerifier:
// r.FormValue("code_verifier")}) or an assignment (req.verifier = …); nil
// for any other use. A field of a struct declared in another package
// (models.TokenRequest) counts only when no value holding it leaves the
// package for code outside the standard library, which might read the
// verifier where this package cannot see.
func (m *model) assignedField(cur inspector.Cursor) *types.Var {
	f := m.writtenField(cur)
	if f == nil || !isStringType(f.Type()) {
		return nil
	}
	if f.Pkg() != m.pass.Pkg && m.handedOut(f, true) {
		return nil
	}
	return f
}

// handedOut reports whether a struct value holding the field f (or a
// pointer to one) is an argument, receiver or result of a call to a
// function declared outside this package and the standard library, or of
// a call whose callee is not known: code this package cannot see may
// write the field or, with reads, read it. A validator that reads a
// struct by its tags (knowledge.TagValidators) writes nothing, and reads
// the field only if its tag may refuse an empty value.
func (m *model) handedOut(f *types.Var, reads bool) bool {
	key := handedKey{f, reads}
	if out, ok := m.handedOutMemo[key]; ok {
		return out
	}
	out := m.findHandedOut(f, reads)
	if m.handedOutMemo == nil {
		m.handedOutMemo = make(map[handedKey]bool)
	}
	m.handedOutMemo[key] = out
	return out
}

type handedKey struct {
	f     *types.Var
	reads bool
}

func (m *model) findHandedOut(f *types.Var, reads bool) bool {
	tag := "" // f's tag, once a struct holding it is seen
	holdsType := func(t types.Type) bool {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		for i := range st.NumFields() {
			if st.Field(i) == f {
				tag = st.Tag(i)
				return true
			}
		}
		return false
	}
	holds := func(e ast.Expr) bool {
		t := m.info.TypeOf(e)
		return t != nil && holdsType(t)
	}
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if tv, ok := m.info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
			continue
		}
		callee := typeutil.Callee(m.info, call)
		if callee != nil && (callee.Pkg() == m.pass.Pkg || callee.Pkg() == nil || stdPath(callee.Pkg().Path(), m.pass.Pkg.Path())) {
			continue
		}
		if fn, ok := callee.(*types.Func); ok && fn.Pkg() != nil {
			recv := ""
			if rt := recvType(fn); rt != nil {
				if p, ok := rt.(*types.Pointer); ok {
					rt = p.Elem()
				}
				if n, ok := types.Unalias(rt).(*types.Named); ok {
					recv = n.Obj().Name()
				}
			}
			if key, ok := knowledge.TagValidatorOf(fn.Pkg().Path(), recv, fn.Name()); ok {
				// validate.Struct(&req): reads the field only as its
				// tag says.
				if reads && slices.ContainsFunc(call.Args, holds) && !knowledge.AcceptsEmpty(tag, key) {
					return true
				}
				continue
			}
		}
		args := call.Args
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if s := m.info.Selections[sel]; s != nil {
				args = append([]ast.Expr{sel.X}, args...)
			}
		}
		if slices.ContainsFunc(args, holds) {
			return true
		}
		if t, ok := m.info.TypeOf(call).(*types.Tuple); ok {
			for i := range t.Len() {
				if holdsType(t.At(i).Type()) {
					return true
				}
			}
		} else if holds(call) {
			return true
		}
	}
	return false
}

// writtenField is the struct field that the value at cur, or its address,
// is written to: a keyed literal's element or the one right-hand side of
// an assignment (cs.server = &http.Server{…}); nil for any other use.
func (m *model) writtenField(cur inspector.Cursor) *types.Var {
	e, parent := cur.Node(), cur.Parent()
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, parent = u, parent.Parent()
	}
	var key ast.Expr
	switch p := parent.Node().(type) {
	case *ast.KeyValueExpr:
		if p.Value == e {
			key = p.Key
		}
	case *ast.AssignStmt:
		if len(p.Lhs) == 1 && len(p.Rhs) == 1 && p.Rhs[0] == e {
			if sel, ok := ast.Unparen(p.Lhs[0]).(*ast.SelectorExpr); ok {
				key = sel.Sel
			}
		}
	}
	id, ok := key.(*ast.Ident)
	if !ok {
		return nil
	}
	obj := m.info.Uses[id]
	if obj == nil {
		obj = m.info.Defs[id]
	}
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() {
		return nil
	}
	return f
}

// guardedFieldUses is guardedUses for a field: every read of it in the
// package (req.CodeVerifier) is an emptiness test or guarded.
func (m *model) guardedFieldUses(f *types.Var) (ast.Node, bool) {
	return m.allGuarded(f, func(visit func(inspector.Cursor)) {
		for c := range m.in.Root().Preorder((*ast.SelectorExpr)(nil)) {
			sel := c.Node().(*ast.SelectorExpr)
			if m.info.Uses[sel.Sel] != f || m.inTest(sel) {
				continue
			}
			if as, isAssign := c.Parent().Node().(*ast.AssignStmt); isAssign && slices.Contains(as.Lhs, ast.Expr(sel)) {
				continue // a write
			}
			visit(c)
		}
	})
}

// allGuarded returns the guard of the first of the uses of v that each
// visits, and whether one of them is guarded by a test of v itself, when
// every use but an emptiness test is guarded (useGuard) and there is one.
func (m *model) allGuarded(v *types.Var, each func(visit func(inspector.Cursor))) (ast.Node, bool) {
	var guard ast.Node
	ok, uses, self := true, 0, false
	each(func(use inspector.Cursor) {
		if !ok || m.emptinessTest(use) {
			return
		}
		uses++
		g, s := m.useGuard(use, v)
		if g == nil {
			ok = false
			return
		}
		if guard == nil {
			guard = g
		}
		self = self || s
	})
	if !ok || uses == 0 {
		return nil, false
	}
	return guard, self
}

// useGuard is the guard under which the use of v at use is checked: an
// if on the stored challenge being non-empty, an early success of the
// function it is handed to, or (self) an if on v itself being non-empty,
// which a client passes by sending no verifier.
func (m *model) useGuard(use inspector.Cursor, v *types.Var) (ast.Node, bool) {
	if g := m.nonEmptyGuard(use, v); g != nil {
		return g, false
	}
	if g := m.earlySuccessCallee(use); g != nil {
		return g, false
	}
	if g := m.selfGuard(use, v); g != nil && !m.emptyRefused(use, v) {
		return g, true
	}
	return nil, false
}

// emptyRefused reports whether the function holding use refuses an empty
// v (if v == "" { return false }, if tr.CodeVerifier == nil { return
// err }): a later test of v != "" is redundant, not a downgrade.
func (m *model) emptyRefused(use inspector.Cursor, v *types.Var) bool {
	fc, ok := enclosingFuncCursor(use)
	if !ok {
		return false
	}
	for c := range fc.Preorder((*ast.IfStmt)(nil)) {
		is := c.Node().(*ast.IfStmt)
		if is.Pos() >= use.Node().Pos() || !m.emptyWhenTested(is.Cond, v) {
			continue
		}
		if (&handBuilt{m: m}).refuses(is.Body.List) {
			return true // the dispatch reader's notion of a refusal
		}
	}
	return false
}

// emptyWhenTested reports whether cond holds when v is empty: v == "",
// *v == "", v == nil, len(v) == 0, alone or as an operand of ||.
func (m *model) emptyWhenTested(cond ast.Expr, v *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return m.emptyWhenTested(b.X, v) || m.emptyWhenTested(b.Y, v)
	case token.EQL:
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			x, other := pair[0], pair[1]
			if call, ok := ast.Unparen(x).(*ast.CallExpr); ok && isBuiltin(m.info, call, "len") && len(call.Args) == 1 {
				if m.isValueOf(call.Args[0], v) && isZero(m.info, other) {
					return true
				}
				continue
			}
			if m.isValueOf(x, v) && (m.constString(other) == "" || isNil(m.info, other)) {
				return true
			}
		}
	}
	return false
}

// selfGuard returns the if statement around the use whose body holds it
// and whose condition holds only when v itself is not empty (v != "",
// len(v) > 0, alone or as an operand of &&): if r.CodeVerifier != "" {
// verify(…) }.
func (m *model) selfGuard(use inspector.Cursor, v *types.Var) ast.Node {
	for c := use.Parent(); c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.IfStmt:
			if n.Body.Pos() <= use.Node().Pos() && use.Node().End() <= n.Body.End() && m.nonEmptyOf(n.Cond, v) {
				return n
			}
		case *ast.BinaryExpr:
			// if v != "" && !verifies(v, c) { refuse }
			if n.Op == token.LAND && n.Y.Pos() <= use.Node().Pos() && m.nonEmptyOf(n.X, v) {
				return n
			}
		}
	}
	return nil
}

// nonEmptyOf reports whether cond holds only when v is not empty.
func (m *model) nonEmptyOf(cond ast.Expr, v *types.Var) bool {
	return m.nonEmptyWhen(cond, isPointer(v.Type()), func(x ast.Expr) bool { return m.isValueOf(x, v) })
}

// nonEmptyWhen reports whether cond holds only when a value x for which
// is(x) holds is not empty: x != "", len(x) > 0 (x != nil too, with
// nilToo), alone or as an operand of &&.
func (m *model) nonEmptyWhen(cond ast.Expr, nilToo bool, is func(ast.Expr) bool) bool {
	c, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	empty := func(e ast.Expr) bool { return m.constString(e) == "" || nilToo && isNil(m.info, e) }
	switch c.Op {
	case token.LAND:
		return m.nonEmptyWhen(c.X, nilToo, is) || m.nonEmptyWhen(c.Y, nilToo, is)
	case token.NEQ:
		x, y := c.X, c.Y
		if empty(x) {
			x, y = y, x
		}
		return empty(y) && is(x)
	case token.GTR:
		if call, ok := ast.Unparen(c.X).(*ast.CallExpr); ok && isBuiltin(m.info, call, "len") && len(call.Args) == 1 {
			return isZero(m.info, c.Y) && is(call.Args[0])
		}
	}
	return false
}

// isValueOf reports whether e is v: the variable, or a selection of the
// field.
func (m *model) isValueOf(e ast.Expr, v *types.Var) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return m.isValueOf(x.X, v) // *tr.CodeVerifier, a *string field
	case *ast.Ident:
		return m.info.Uses[x] == v
	case *ast.SelectorExpr:
		return m.info.Uses[x.Sel] == v
	}
	return false
}

// assignedLocal is the local variable the value at cur is assigned to
// (v := r.Form.Get("code_verifier")); nil for any other use.
func (m *model) assignedLocal(cur inspector.Cursor) *types.Var {
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		// v := r.FormValue("code_verifier"), or one of a parallel
		// assignment (code, v := c.PostForm("code"), c.PostForm(…)).
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == cur.Node() {
					return m.localVar(p.Lhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for i, r := range p.Values {
				if r == cur.Node() {
					v, _ := m.info.Defs[p.Names[i]].(*types.Var)
					return v
				}
			}
		}
	}
	return nil
}

// guardedUses returns the condition under which the verifier held in v
// is checked, when every use of v that is not a test of v itself is in
// the body of an if on something else being non-empty (the stored
// challenge), or is an argument of a function of the package that
// returns success first when another of its parameters is empty.
func (m *model) guardedUses(v *types.Var, at inspector.Cursor) (ast.Node, bool) {
	return m.allGuarded(v, func(visit func(inspector.Cursor)) { m.eachUse(v, at, visit) })
}

// guardedLocalUses is guardedUses for the local v that holds the verifier
// read at at, where a use that writes it into a request struct's field
// (tokenRequest{CodeVerifier: v}) counts as guarded when every read of
// that field is (guardedFieldUses).
func (m *model) guardedLocalUses(v *types.Var, at inspector.Cursor) (ast.Node, bool) {
	var guard ast.Node
	ok, uses, self := true, 0, false
	note := func(g ast.Node, s bool) {
		if g == nil {
			ok = false
			return
		}
		uses++
		if guard == nil {
			guard = g
		}
		self = self || s
	}
	m.eachUse(v, at, func(use inspector.Cursor) {
		if !ok || m.emptinessTest(use) {
			return
		}
		if f := m.assignedField(use); f != nil {
			note(m.guardedFieldUses(f))
			return
		}
		note(m.useGuard(use, v))
	})
	if !ok || uses == 0 {
		return nil, false
	}
	return guard, self
}

// emptinessTest reports whether the use at cur compares the value with ""
// (v != "": a downgrade check that refuses a verifier sent without a
// challenge, which decides nothing about a request without either).
func (m *model) emptinessTest(use inspector.Cursor) bool {
	if _, ok := use.Parent().Node().(*ast.StarExpr); ok {
		use = use.Parent() // *v == "", v a *string
	} else if b, ok := use.Parent().Node().(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) && (isNil(m.info, b.X) || isNil(m.info, b.Y)) {
		if t := m.info.TypeOf(use.Node().(ast.Expr)); t != nil && isPointer(t) {
			return true // v == nil: absent, for a *string
		}
	}
	if call, ok := use.Parent().Node().(*ast.CallExpr); ok && isBuiltin(m.info, call, "len") && len(call.Args) == 1 {
		// len(v) > 0, len(v) == 0
		b, ok := use.Parent().Parent().Node().(*ast.BinaryExpr)
		if !ok {
			return false
		}
		other := b.Y
		if other == ast.Expr(call) {
			other = b.X
		}
		return isZero(m.info, other)
	}
	b, ok := use.Parent().Node().(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	other := b.Y
	if other == use.Node() {
		other = b.X
	}
	return m.constString(other) == ""
}

// nonEmptyGuard returns the if statement around the use whose body holds
// it and whose condition is a test that something other than v is not
// empty (x != "", len(x) > 0, x != nil).
func (m *model) nonEmptyGuard(use inspector.Cursor, v *types.Var) ast.Node {
	for c := use.Parent(); c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return nil
		case *ast.IfStmt:
			if n.Body.Pos() <= use.Node().Pos() && use.Node().End() <= n.Body.End() && m.challengeStored(n.Cond, v) {
				return n
			}
		case *ast.BinaryExpr:
			// if stored.Challenge != "" && !verifies(v, c) { refuse }
			if n.Op == token.LAND && n.Y.Pos() <= use.Node().Pos() && m.challengeStored(n.X, v) {
				return n
			}
		}
	}
	return nil
}

// inlineGuard is useGuard for a read of the verifier used where it is
// read, an argument of the check (no variable to follow): the test of the
// stored challenge that the check runs under, or the check's early
// success when no challenge was stored.
func (m *model) inlineGuard(read inspector.Cursor) ast.Node {
	check, ok := read.Parent().Node().(*ast.CallExpr)
	if !ok {
		return nil
	}
	// The tested value is another argument of the check: its challenge.
	isArg := func(x ast.Expr) bool {
		for _, a := range check.Args {
			if a != read.Node() && types.ExprString(a) == types.ExprString(x) {
				return true
			}
		}
		return false
	}
	for c := read.Parent(); c.Valid(); c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return m.earlySuccessCallee(read)
		case *ast.IfStmt:
			if n.Body.Pos() <= read.Node().Pos() && read.Node().End() <= n.Body.End() && m.nonEmptyWhen(n.Cond, true, isArg) {
				return n
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND && n.Y.Pos() <= read.Node().Pos() && m.nonEmptyWhen(n.X, true, isArg) {
				return n
			}
		}
	}
	return m.earlySuccessCallee(read)
}

// challengeStored reports whether cond holds only when some value other than
// v is not empty: x != "", len(x) > 0, x != nil, alone or as
// an operand of &&.
func (m *model) challengeStored(cond ast.Expr, v *types.Var) bool {
	return m.nonEmptyWhen(cond, true, func(x ast.Expr) bool { return !uses(m.info, x, v) })
}

// earlySuccessCallee returns the early return of the package function the
// use is an argument of, when that function's body begins (at its top
// level, before any use of the parameter the use binds) with an if on
// another parameter being empty whose body returns success (nil, true).
func (m *model) earlySuccessCallee(use inspector.Cursor) ast.Node {
	call, ok := use.Parent().Node().(*ast.CallExpr)
	if !ok || call.Fun == use.Node() {
		return nil
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() != m.pass.Pkg {
		return nil
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return nil
	}
	decl := cur.Node().(*ast.FuncDecl)
	sig := fn.Signature()
	i := indexOf(call.Args, use.Node().(ast.Expr))
	if decl.Body == nil || i < 0 || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return nil
	}
	p := sig.Params().At(i)
	for _, s := range decl.Body.List {
		if uses(m.info, s, p) {
			return nil // the parameter is used before any such return
		}
		ifs, ok := s.(*ast.IfStmt)
		if !ok || len(ifs.Body.List) != 1 {
			continue
		}
		ret, ok := ifs.Body.List[0].(*ast.ReturnStmt)
		if !ok || !m.successReturn(ret) {
			continue
		}
		if m.emptyTestOfOther(ifs.Cond, p) {
			return ifs
		}
	}
	return nil
}

// emptyTestOfOther reports whether cond is x == "" (or len(x) == 0, x ==
// nil) for a value x that does not mention p.
func (m *model) emptyTestOfOther(cond ast.Expr, p *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return false
	}
	x, y := b.X, b.Y
	if m.constString(x) == "" || isNil(m.info, x) || isZero(m.info, x) {
		x, y = y, x
	}
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok && isBuiltin(m.info, call, "len") && len(call.Args) == 1 {
		if !isZero(m.info, y) {
			return false
		}
		x = call.Args[0]
	} else if m.constString(y) != "" && !isNil(m.info, y) {
		return false
	}
	return !uses(m.info, x, p)
}

// successReturn reports whether ret answers success: every result nil or
// true (return nil; return true; return true, nil).
func (m *model) successReturn(ret *ast.ReturnStmt) bool {
	if len(ret.Results) == 0 {
		return false
	}
	for _, r := range ret.Results {
		if isNil(m.info, r) {
			continue
		}
		tv, ok := m.info.Types[r]
		if !ok || tv.Value == nil || tv.Value.String() != "true" {
			return false
		}
	}
	return true
}

// requiresChallenge reports whether the package refuses an authorization
// request without code_challenge: an if on the request's code_challenge
// being empty whose body ends in a return.
func (m *model) requiresChallenge() bool {
	if m.validatesChallenge() {
		return true
	}
	for cur := range m.in.Root().Preorder((*ast.IfStmt)(nil)) {
		ifs := cur.Node().(*ast.IfStmt)
		if len(ifs.Body.List) == 0 {
			continue
		}
		if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ok {
			continue
		}
		found := false
		ast.Inspect(ifs.Cond, func(n ast.Node) bool {
			b, ok := n.(*ast.BinaryExpr)
			if !ok || b.Op != token.EQL {
				return !found
			}
			for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				if m.constString(pair[1]) == "" && m.requestRead(pair[0], paramCodeChallenge, 0) != nil {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// uses reports whether n mentions v.
func uses(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// isBuiltin reports whether call calls the predeclared function name.
func isBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// isZero reports whether e is the integer constant 0.
func isZero(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "0"
}

// optionalWhy says, for a message, that the server checks the verifier
// only when a challenge was stored (at guard, in fn).
func optionalWhy(m *model, guard, fn ast.Node) string {
	if c, ok := m.in.Root().FindNode(guard); ok {
		if f := enclosingFunc(c); f != nil {
			fn = f // the check's own function (a helper)
		}
	}
	if m.downgrade {
		return fmt.Sprintf("and compares the code_verifier only when the token request sends one (%s, in %s): a code issued with a code_challenge is redeemed without its verifier, so whoever holds a stolen code skips PKCE (a PKCE downgrade, RFC 9700 §4.8.2); reject a token request without code_verifier for a code issued with a challenge", m.shortPos(guard), funcLabel(fn))
	}
	return fmt.Sprintf("and compares the code_verifier only when the code was issued with a code_challenge (%s, in %s) while no branch refuses an authorization request without one: PKCE is optional", m.shortPos(guard), funcLabel(fn))
}

// boundVerifierFields returns the fields, of structs this package
// declares and decodes requests into (bindSource), whose tag names the
// code_verifier: tokenRequest{CodeVerifier *string `schema:"code_verifier"`}
// filled by schema.NewDecoder().Decode(&tr, r.PostForm).
func (m *model) boundVerifierFields() []*types.Var {
	decoded := make(map[types.Type]bool)
	var fields []*types.Var
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)) {
		switch x := cur.Node().(type) {
		case *ast.CallExpr:
			if len(x.Args) > 0 && m.bindSource(x) != nil {
				if t := m.info.TypeOf(x.Args[0]); t != nil {
					if p, ok := t.(*types.Pointer); ok {
						t = p.Elem()
					}
					decoded[t] = true
				}
			}
		case *ast.SelectorExpr:
			sel, ok := m.info.Selections[x]
			if !ok || sel.Kind() != types.FieldVal {
				continue
			}
			f := sel.Obj().(*types.Var)
			if f.Pkg() != m.pass.Pkg || slices.Contains(fields, f) || m.inTest(x) {
				continue
			}
			if tagNamed(fieldTag(sel), func(n string) bool { return n == paramCodeVerifier }) != "" {
				fields = append(fields, f)
			}
		}
	}
	out := fields[:0]
	for _, f := range fields {
		for t := range decoded {
			if st, ok := t.Underlying().(*types.Struct); ok && slices.ContainsFunc(slices.Collect(st.Fields()), func(x *types.Var) bool { return x == f }) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// validatesChallenge reports whether a handler of the package refuses a
// request struct that a validator of knowledge.TagValidators (or a
// framework's binder that validates) judges by a tag refusing an empty
// code_challenge (validate:"required"): if err := c.Validate(&p); err !=
// nil { return … }.
func (m *model) validatesChallenge() bool {
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || len(call.Args) == 0 || m.inTest(call) {
			continue
		}
		recv := ""
		if rt := recvType(fn); rt != nil {
			if n := namedOf(rt); n != nil {
				recv = n.Obj().Name()
			}
		}
		key, ok := knowledge.RefusingTagOf(trimVendor(fn.Pkg().Path()), recv, fn.Name())
		if !ok || !m.errorRefused(cur) {
			continue
		}
		for _, a := range call.Args {
			t := m.info.TypeOf(a)
			if t == nil {
				continue // a type error
			}
			st, ok := derefStruct(t)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				if tagNamed(st.Tag(i), func(n string) bool { return n == paramCodeChallenge }) != "" && !knowledge.AcceptsEmpty(st.Tag(i), key) {
					return true
				}
			}
		}
	}
	return false
}

// errorRefused reports whether the error the call at cur returns is
// refused (refusedWhen): if err := f(); err != nil { return … }, err :=
// f() and such an if later in the block, or if f() != nil { return … }.
func (m *model) errorRefused(cur inspector.Cursor) bool {
	call := cur.Node().(*ast.CallExpr)
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Rhs[0] != ast.Expr(call) {
			return false
		}
		last := p.Lhs[len(p.Lhs)-1]
		switch outer := cur.Parent().Parent().Node().(type) {
		case *ast.IfStmt:
			return outer.Init == ast.Stmt(p) && m.refusedWhen([]ast.Stmt{&ast.IfStmt{Cond: outer.Cond, Body: outer.Body}}, last, token.NEQ)
		case *ast.BlockStmt:
			if i := slices.Index(outer.List, ast.Stmt(p)); i >= 0 {
				return m.refusedWhen(outer.List[i+1:], last, token.NEQ)
			}
		}
	case *ast.BinaryExpr:
		// if c.Validate(&p) != nil { return … }
		is, ok := cur.Parent().Parent().Node().(*ast.IfStmt)
		if !ok || is.Cond != ast.Expr(p) || p.Op != token.NEQ || !isNil(m.info, p.X) && !isNil(m.info, p.Y) || len(is.Body.List) == 0 {
			return false
		}
		_, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt)
		return ret
	}
	return false
}
