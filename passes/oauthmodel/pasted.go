package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// pastedFlows marks the authorization requests whose code the user
// pastes: a package can hold a loopback flow and a "no browser" flow side
// by side (gcloud's --no-launch-browser), and only the first has a
// callback whose state matters. A flow is pasted when the function that
// builds it, outside an HTTP handler, reads os.Stdin after building it
// and starts no listener, neither itself (its function literals included)
// nor in a function of this package it calls.
func (m *model) pastedFlows() {
	if len(m.result.Signals.Stdin) == 0 {
		return
	}
	for _, r := range m.result.AuthRequests {
		if r.InHandler || r.Func == nil || r.Node == nil {
			continue
		}
		if !anyWithin(m.result.Signals.Stdin, r.Func, r.Node.End()) {
			continue
		}
		if m.listensIn(r.Func) {
			continue
		}
		r.Pasted = true
	}
}

// anyWithin reports whether one of nodes lies in fn at or after pos.
func anyWithin(nodes []ast.Node, fn ast.Node, pos token.Pos) bool {
	for _, n := range nodes {
		if n.Pos() >= pos && n.End() <= fn.End() && n.Pos() >= fn.Pos() {
			return true
		}
	}
	return false
}

// listensIn reports whether fn, or a function of this package it calls
// directly, starts a listener.
func (m *model) listensIn(fn ast.Node) bool {
	if anyWithin(m.result.Signals.Listeners, fn, fn.Pos()) {
		return true
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			return true
		}
		if cur, ok := m.funcDecls[callee.Origin()]; ok {
			if decl := cur.Node(); anyWithin(m.result.Signals.Listeners, decl, decl.Pos()) {
				found = true
			}
		}
		return true
	})
	return found
}
