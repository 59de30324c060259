package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// noAuthorizeEndpoint applies to a server that cannot serve an
// authorization endpoint: the call makes the server value itself, the
// value is held in a variable of this package that nothing outside it
// can reach (a local, or an unexported package variable), and every use
// of that variable selects a field or a method that is not one of the
// library's AuthorizeMethods. Any other use (returned, passed, stored,
// converted to an interface, its address taken) may reach an
// authorization endpoint in code analysed later, and leaves the
// decisions as they are. Decisions only an authorization endpoint makes
// (knowledge.AuthorizeOnly) are then forbidden: there is no endpoint to
// allow them.
func (m *model) noAuthorizeEndpoint(u *anchorUse) {
	if !u.a.Serves || len(u.lib.AuthorizeMethods) == 0 || u.sc == nil {
		return
	}
	v, ok := u.obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() != m.pass.Pkg {
		return
	}
	if v.Parent() == m.pass.Pkg.Scope() && v.Exported() {
		return
	}
	if v.Parent() == nil {
		return // a variable go/types placed nowhere: not one we can follow
	}
	root := m.in.Root()
	for id, obj := range m.info.Uses {
		if obj != v {
			continue
		}
		cur, ok := root.FindNode(id)
		if !ok {
			return
		}
		switch p := cur.Parent().Node().(type) {
		case *ast.SelectorExpr:
			sel, ok := m.info.Selections[p]
			if !ok || p.X != id {
				return
			}
			if fn, ok := sel.Obj().(*types.Func); ok && slices.ContainsFunc(u.lib.AuthorizeMethods, func(f knowledge.Func) bool { return m.libFunc(fn.Origin(), f) }) {
				return
			}
		case *ast.AssignStmt:
			// srv = server.NewServer(…): a write, not a read.
			if p.Tok != token.ASSIGN || !slices.Contains(p.Lhs, ast.Expr(id)) {
				return
			}
		default:
			return
		}
	}
	for _, d := range knowledge.AuthorizeOnly {
		if sd := &u.sc.Decisions[d]; sd.Status == knowledge.Allowed {
			*sd = ServerDecision{
				Status: knowledge.Forbidden,
				Node:   u.call,
				Why:    "this package never serves the server's authorization endpoint, and the server does not leave the package",
			}
		}
	}
}
