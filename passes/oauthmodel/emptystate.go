package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// EmptyStateCheck is a callback's state check that an empty state passes:
// the request's state is compared with a stored value that is "" when
// nothing was stored (no cookie, no session entry), and neither is
// required to be non-empty. A link to the callback with an attacker's
// code and no state, opened by a browser that has no stored state, passes
// the check ("" == "") and the code is exchanged (login CSRF, RFC 6749
// §10.12).
type EmptyStateCheck struct {
	Node     ast.Node      // the comparison
	Stored   ast.Expr      // the stored side
	Why      string        // how it can be empty: `savedState returns "" (line 31)`
	Exchange *TokenRequest // the exchange the check guards
	// Guard, when set, is the test that makes the mismatch check run
	// only when a side is not empty (saved != "" && state != saved): an
	// empty side skips the check itself (fail-open); Guarded is that side.
	Guard   ast.Expr
	Guarded ast.Expr
	// Missing is set when Guard tests whether the stored value exists at
	// all (c != nil, err == nil of c, err := r.Cookie(…)).
	Missing bool
}

// emptyStateCheck looks, in the handler that reads the state before the
// exchange t, for a comparison of the request's state with a value that
// may be the empty string (emptyWhenMissing), with no test of either side
// against "" in the handler or the function that compares.
func (m *model) emptyStateCheck(t *TokenRequest, handler ast.Node) {
	hcur, ok := m.in.Root().FindNode(handler)
	if !ok {
		return
	}
	var found *EmptyStateCheck
	check := func(fcur inspector.Cursor, bound map[*types.Var]bool) {
		for c := range fcur.Preorder((*ast.BinaryExpr)(nil)) {
			b := c.Node().(*ast.BinaryExpr)
			if found != nil || b.Op != token.EQL && b.Op != token.NEQ {
				continue
			}
			for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				if !m.requestState(pair[0], bound) || m.isEmptyString(pair[1]) || isNil(m.info, pair[1]) {
					continue // st != "": a test for emptiness, not a comparison with a stored state
				}
				if g, side := m.skipWhenEmpty(c, pair); g != nil {
					// if saved != "" && state != saved { refuse }: the
					// check is skipped when the guarded side is empty.
					if !m.refusesEmpty(fcur.Node(), pair, bound) && (fcur.Node() == handler || !m.refusesEmpty(handler, pair, nil)) {
						missing := false
						if gb, ok := g.(*ast.BinaryExpr); ok {
							missing = isNil(m.info, gb.X) || isNil(m.info, gb.Y)
						}
						found = &EmptyStateCheck{Node: b, Stored: pair[1], Exchange: t, Guard: g, Guarded: side, Missing: missing}
					}
					break
				}
				why := m.emptyWhenMissing(pair[1])
				if why == "" || m.testsEmpty(fcur.Node(), pair, bound) || fcur.Node() != handler && m.testsEmpty(handler, pair, nil) {
					continue
				}
				found = &EmptyStateCheck{Node: b, Stored: pair[1], Why: why, Exchange: t}
				break
			}
		}
	}
	check(hcur, nil)
	if found == nil {
		// verify(r, state): a function of this package the handler hands
		// the request's state to.
		for c := range hcur.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok || found != nil {
				continue
			}
			fcur, ok := m.funcDecls[fn.Origin()]
			if !ok || call.Ellipsis.IsValid() {
				continue
			}
			sig := fn.Type().(*types.Signature)
			bound := make(map[*types.Var]bool)
			for i, a := range call.Args {
				if i < sig.Params().Len() && m.requestState(a, nil) {
					if p := sig.Params().At(i); len(m.defs[p]) == 0 {
						bound[p] = true
					}
				}
			}
			if len(bound) > 0 {
				check(fcur, bound)
			}
		}
	}
	if found != nil {
		m.result.EmptyStateChecks = append(m.result.EmptyStateChecks, *found)
	}
}

// requestState reports whether e is the request's state parameter, read
// here or bound to a parameter in bound.
func (m *model) requestState(e ast.Expr, bound map[*types.Var]bool) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok && bound[m.varOf(id)] {
		return true
	}
	return m.requestRead(e, "state", 0) != nil
}

// emptyWithoutError says how the first result of call, a function of
// this package returning (string, error), is "" with a nil error: a
// lookup that answers "", nil when nothing was stored (sql.ErrNoRows
// turned into no error), which a callback's err check lets through.
func (m *model) emptyWithoutError(call *ast.CallExpr) string {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return ""
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return ""
	}
	res := fn.Signature().Results()
	if res.Len() != 2 || !isStringType(res.At(0).Type()) || res.At(1).Type().String() != "error" {
		return ""
	}
	decl := cur.Node().(*ast.FuncDecl)
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		ret := c.Node().(*ast.ReturnStmt)
		if enclosingFunc(c) != decl || len(ret.Results) != 2 {
			continue
		}
		if m.isEmptyString(ret.Results[0]) && isNil(m.info, ret.Results[1]) {
			return fn.Name() + ` returns "", nil at line ` + strconv.Itoa(m.pass.Fset.Position(ret.Pos()).Line)
		}
	}
	return ""
}

// emptyWhenMissing says how e, a stored state, can be the empty string
// when nothing was stored, or "": a call of a function of this package
// with one result that returns "" on some path (no cookie), or a variable
// given by a comma-ok type assertion or map lookup whose ok is dropped
// (s, _ := sess.Values["state"].(string)).
func (m *model) emptyWhenMissing(e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return ""
		}
		cur, ok := m.funcDecls[fn.Origin()]
		if !ok {
			return ""
		}
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() != 1 || !isStringType(sig.Results().At(0).Type()) {
			return ""
		}
		decl := cur.Node().(*ast.FuncDecl)
		named := sig.Results().At(0)
		for c := range cur.Preorder((*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil)) {
			if enclosingFunc(c) != decl {
				continue
			}
			switch n := c.Node().(type) {
			case *ast.ReturnStmt:
				if len(n.Results) == 1 && m.isEmptyString(n.Results[0]) {
					return fn.Name() + ` returns "" at line ` + strconv.Itoa(m.pass.Fset.Position(n.Pos()).Line)
				}
			case *ast.AssignStmt:
				// (data string) … data = "" … return: a named result
				// set to "" before a bare return.
				if named.Name() == "" || len(n.Lhs) != 1 || len(n.Rhs) != 1 || !m.isEmptyString(n.Rhs[0]) {
					continue
				}
				if id, ok := n.Lhs[0].(*ast.Ident); ok && m.info.Uses[id] == named {
					return fn.Name() + ` returns "" set at line ` + strconv.Itoa(m.pass.Fset.Position(n.Pos()).Line)
				}
			}
		}
	case *ast.Ident:
		v := m.varOf(x)
		if defs := m.defs[v]; v != nil && len(defs) > 1 && !m.addrTaken[v] {
			// state := "unknown"; if … { state = get(s, "state") }: on
			// the path through the helper, what it returns.
			for _, d := range defs {
				if d.tuple < 0 && d.rhs != nil {
					if _, isCall := ast.Unparen(d.rhs).(*ast.CallExpr); isCall {
						if why := m.emptyWhenMissing(d.rhs); why != "" {
							return why
						}
					}
				}
			}
			return ""
		}
		d, ok := m.singleDef(v)
		if ok && d.tuple < 0 && d.rhs != nil {
			if _, isCall := ast.Unparen(d.rhs).(*ast.CallExpr); isCall {
				return m.emptyWhenMissing(d.rhs) // saved := storedState(r)
			}
			return ""
		}
		if !ok || d.tuple != 0 || d.rhs == nil {
			return ""
		}
		if call, isCall := ast.Unparen(d.rhs).(*ast.CallExpr); isCall {
			return m.emptyWithoutError(call) // state, err := loadState(key)
		}
		as, ok := d.cur.Node().(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 {
			return ""
		}
		if okID, isID := as.Lhs[1].(*ast.Ident); !isID || okID.Name != "_" {
			return "" // ok is kept: assume it is checked
		}
		switch r := ast.Unparen(d.rhs).(type) {
		case *ast.TypeAssertExpr:
			if isStringType(m.info.TypeOf(x)) {
				return v.Name() + ` is "" when nothing is stored (the type assertion's ok is dropped)`
			}
		case *ast.IndexExpr:
			if _, isMap := m.info.TypeOf(r.X).Underlying().(*types.Map); isMap && isStringType(m.info.TypeOf(x)) {
				return v.Name() + ` is "" when nothing is stored (the map lookup's ok is dropped)`
			}
		}
	}
	return ""
}

// testsEmpty reports whether fn tests either side of pair against the
// empty string or its length: state == "", len(saved) == 0. Any read of
// the request's state stands for pair[0].
func (m *model) testsEmpty(fn ast.Node, pair [2]ast.Expr, bound map[*types.Var]bool) bool {
	operand := func(e ast.Expr) bool {
		e = lenArg(e)
		return m.sameExpr(e, pair[0]) || m.sameExpr(e, pair[1]) || m.requestState(e, bound)
	}
	tests := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if tests {
			return false
		}
		b, ok := n.(*ast.BinaryExpr)
		if !ok {
			return true
		}
		switch b.Op {
		case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
			if m.isEmptyString(b.Y) || m.isZero(b.Y) {
				tests = operand(b.X)
			} else if m.isEmptyString(b.X) || m.isZero(b.X) {
				tests = operand(b.Y)
			}
		}
		return !tests
	})
	return tests
}

// skipWhenEmpty returns, for the mismatch test at cur (state != saved,
// of pair), the operand of the && chain around it that tests a side of
// pair for being non-empty (saved != "", len(state) > 0), and that side:
// the mismatch is then only refused when that side is not empty.
func (m *model) skipWhenEmpty(cur inspector.Cursor, pair [2]ast.Expr) (ast.Expr, ast.Expr) {
	b := cur.Node().(*ast.BinaryExpr)
	if b.Op != token.NEQ {
		return nil, nil
	}
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		switch p := c.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			if p.Op != token.LAND {
				return nil, nil
			}
			for _, x := range []ast.Expr{p.X, p.Y} {
				g, ok := ast.Unparen(x).(*ast.BinaryExpr)
				if !ok || g == b {
					continue
				}
				var operand ast.Expr
				switch {
				case g.Op == token.NEQ && m.isEmptyString(g.Y), g.Op == token.GTR && m.isZero(g.Y):
					operand = g.X
				case g.Op == token.NEQ && m.isEmptyString(g.X):
					operand = g.Y
				case g.Op == token.NEQ && isNil(m.info, g.Y), g.Op == token.EQL && isNil(m.info, g.Y):
					operand = g.X
				case g.Op == token.NEQ && isNil(m.info, g.X), g.Op == token.EQL && isNil(m.info, g.X):
					operand = g.Y
				default:
					continue
				}
				for _, side := range pair {
					if m.sameExpr(lenArg(operand), side) {
						return g, side
					}
					// c != nil && state != c.Value, err == nil && state
					// != c.Value (c, err := r.Cookie(…)): no cookie, no
					// check.
					if sel, ok := ast.Unparen(side).(*ast.SelectorExpr); ok && (g.Op == token.NEQ && m.sameExpr(operand, sel.X) || g.Op == token.EQL && m.errorOfDef(operand, sel.X)) {
						return g, sel.X
					}
				}
			}
			continue
		case *ast.IfStmt:
			return nil, nil
		}
		return nil, nil
	}
	return nil, nil
}

// errorOfDef reports whether errExpr is the error variable assigned
// beside x's variable (c, err := r.Cookie("state")), in its one
// assignment.
func (m *model) errorOfDef(errExpr, x ast.Expr) bool {
	ev, xv := m.localVar(errExpr), m.localVar(x)
	if ev == nil || xv == nil || !isErrorType(ev.Type()) {
		return false
	}
	d, ok := m.singleDef(xv)
	if !ok || d.tuple < 0 {
		return false
	}
	as, ok := d.cur.Node().(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, l := range as.Lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && m.varOf(id) == ev {
			return true
		}
	}
	return false
}

// sameExpr reports whether a and b are the same variable, or spelled
// alike (r.URL.Query().Get("state") twice).
func (m *model) sameExpr(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	if ia, ok := a.(*ast.Ident); ok {
		if ib, ok := b.(*ast.Ident); ok {
			return m.varOf(ia) != nil && m.varOf(ia) == m.varOf(ib)
		}
	}
	return types.ExprString(a) == types.ExprString(b)
}

// lenArg is x for len(x), e otherwise.
func lenArg(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
			return call.Args[0]
		}
	}
	return e
}

// refusesEmpty reports whether fn has an if statement that tests a side
// of pair for being empty (saved == "", len(state) == 0) and returns in
// its body: the callback refuses a missing state. An if that only logs
// (a warning that the cookie is missing) does not refuse.
func (m *model) refusesEmpty(fn ast.Node, pair [2]ast.Expr, bound map[*types.Var]bool) bool {
	refuses := false
	ast.Inspect(fn, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if refuses || !ok || len(ifs.Body.List) == 0 {
			return !refuses
		}
		if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ok {
			return true
		}
		ast.Inspect(ifs.Cond, func(c ast.Node) bool {
			b, ok := c.(*ast.BinaryExpr)
			if refuses || !ok {
				return !refuses
			}
			if b.Op == token.EQL && (m.isEmptyString(b.X) || m.isEmptyString(b.Y) || m.isZero(b.X) || m.isZero(b.Y)) {
				refuses = m.testsEmpty(b, pair, bound)
			}
			return !refuses
		})
		return !refuses
	})
	return refuses
}

func (m *model) isEmptyString(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

func (m *model) isZero(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) == 0
}
