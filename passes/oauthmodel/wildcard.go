package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A hand-written redirect check may compare each registered redirect URI
// with the requested one exactly and still accept any URI for a
// registration of "*":
//
//	for _, u := range client.RedirectURIs {
//		if u == uri || u == "*" { return true }
//	}
//
// A client registered with the wildcard (in code, in a file, by an
// administrator) then sends its codes wherever a link says (RFC 9700
// §4.1.3). wildcardRedirects records such a test as a RedirectCheck of
// kind Wildcard when, in the same function, the value compared with "*"
// is also compared exactly (==) with the requested URI, and both tests
// accept: they are alternatives of one if's condition, or the ifs they
// stand in return the same thing. The value is a registered redirect URI
// when it is an element of a list named for them (RedirectURIs), or the
// other side of the exact test is a requested URI in the sense of
// requestedURI. A test that refuses the wildcard (returns an error the
// exact test does not) is no wildcard match.

// Wildcard is RedirectCheck.How for a registered "*" that matches any URI.
const Wildcard = "wildcard"

// isStar reports whether e is the string constant "*".
func (m *model) isStar(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "*"
}

func (m *model) wildcardRedirects(params map[*types.Var]bool, named bool) {
	for _, cur := range m.starTests {
		w := cur.Node().(*ast.BinaryExpr)
		reg := w.X
		if m.isStar(reg) {
			reg = w.Y
		}
		if m.isConstant(reg) || m.inTest(w) {
			continue
		}
		wIf := acceptingIf(cur)
		fcur, ok := enclosingFuncCursor(cur)
		if wIf == nil || !ok {
			continue
		}
		for c := range fcur.Preorder((*ast.BinaryExpr)(nil)) {
			e := c.Node().(*ast.BinaryExpr)
			if e == w || e.Op != token.EQL {
				continue
			}
			other := e.Y
			if !m.sameExpr(e.X, reg) {
				if !m.sameExpr(e.Y, reg) {
					continue
				}
				other = e.X
			}
			if m.isConstant(other) || !m.registeredRedirect(reg) && !m.requestedURI(other, params, named, 0) {
				continue
			}
			eIf := acceptingIf(c)
			if eIf == nil || eIf != wIf && !sameReturn(eIf, wIf) {
				continue
			}
			m.result.Server.RedirectChecks = append(m.result.Server.RedirectChecks,
				&RedirectCheck{Node: w, How: Wildcard, Requested: other, Against: reg, Constant: "*", Exact: e})
			break
		}
	}
}

// enclosingFuncCursor is the cursor of the function (declaration or
// literal) around cur.
func enclosingFuncCursor(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

// acceptingIf returns the if statement whose condition holds the test at
// cur as an operand of && and || only (not negated), and whose body ends
// in a return; nil otherwise.
func acceptingIf(cur inspector.Cursor) *ast.IfStmt {
	for c := cur; ; {
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if n.Op != token.LOR && n.Op != token.LAND {
				return nil
			}
		case *ast.IfStmt:
			if n.Cond != c.Node() || len(n.Body.List) == 0 {
				return nil
			}
			if _, ok := n.Body.List[len(n.Body.List)-1].(*ast.ReturnStmt); !ok {
				return nil
			}
			return n
		default:
			return nil
		}
		c = p
	}
}

// sameReturn reports whether the bodies of a and b end in the same return
// statement (return true, return nil).
func sameReturn(a, b *ast.IfStmt) bool {
	ra := a.Body.List[len(a.Body.List)-1].(*ast.ReturnStmt)
	rb := b.Body.List[len(b.Body.List)-1].(*ast.ReturnStmt)
	if len(ra.Results) != len(rb.Results) {
		return false
	}
	for i := range ra.Results {
		if types.ExprString(ra.Results[i]) != types.ExprString(rb.Results[i]) {
			return false
		}
	}
	return true
}

// registeredRedirect reports whether e is an element of a list named for
// registered redirect URIs: the value of a range over it, or an index of
// it (client.RedirectURIs[i]).
func (m *model) registeredRedirect(e ast.Expr) bool {
	var list ast.Expr
	switch x := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		list = x.X
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Pkg() != m.pass.Pkg {
			return false
		}
		def, ok := m.defCursor(v)
		if !ok {
			return false
		}
		rs, ok := def.Parent().Node().(*ast.RangeStmt)
		if !ok || rs.Value != def.Node() {
			return false
		}
		list = rs.X
	default:
		return false
	}
	switch x := ast.Unparen(list).(type) {
	case *ast.SelectorExpr:
		return isRedirectName(x.Sel.Name)
	case *ast.Ident:
		return isRedirectName(x.Name)
	}
	return false
}
