package oauthmodel

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// A client that lets its operator pick the PKCE method (switch
// cfg.PKCE.Method { case "S256": …; case "plain": … }) sends plain only
// when its configuration asks for it: a setting, unknown here, as one
// that turns TLS verification off.

// methodSettings sets MethodBySetting on the requests whose plain method
// is sent only on a branch a setting picks.
func (m *model) methodSettings() {
	for _, r := range m.result.AuthRequests {
		if r.ChallengeMethod.Known && strings.EqualFold(r.ChallengeMethod.Value, "plain") && r.ChallengeMethod.Node != nil {
			r.MethodBySetting = m.chosenBySetting(r.ChallengeMethod.Node, "plain")
		}
	}
}

// chosenBySetting reports whether n lies in a branch taken only when a
// setting (a value that is neither a constant nor read from the request
// being served) equals val: a case val of a switch on it, an if on it
// == val, or an if on a boolean setting.
func (m *model) chosenBySetting(n ast.Node, val string) bool {
	cur, ok := m.in.Root().FindNode(n)
	if !ok {
		return false
	}
	setting := func(e ast.Expr) bool {
		if m.isConstant(e) || m.requestRead(e, paramChallengeMethod, 0) != nil {
			return false
		}
		if s := m.str(e, nil); s != "" && value.Known(s) {
			return false // method := "plain": fixed in code
		}
		switch ast.Unparen(e).(type) {
		case *ast.SelectorExpr, *ast.Ident:
			return true
		}
		return false
	}
	isVal := func(e ast.Expr) bool {
		s, ok := m.constStr(e)
		return ok && strings.EqualFold(s, val)
	}
	child := n
	for c := range cur.Enclosing() {
		switch x := c.Node().(type) {
		case *ast.CaseClause:
			if sw, ok := c.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag != nil && setting(sw.Tag) && slices.ContainsFunc(x.List, isVal) {
				return true
			}
		case *ast.IfStmt:
			if child != x.Body {
				break
			}
			if b, ok := ast.Unparen(x.Cond).(*ast.BinaryExpr); ok && b.Op == token.EQL {
				if setting(b.X) && isVal(b.Y) || setting(b.Y) && isVal(b.X) {
					return true
				}
			}
			if t := m.info.TypeOf(x.Cond); t != nil && isBool(t) && setting(x.Cond) {
				return true // if cfg.PlainPKCE { … }
			}
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
		child = c.Node()
	}
	return false
}
