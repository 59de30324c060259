package oauthmodel

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A callback handler may hand the code it read to a function of its
// package that redeems it (authErr = exchangeToken(code, verifier)): the
// exchange then sends a parameter, and each handler that passes the
// request's code for that parameter is the one that had to check the
// state. The function's other callers (a CLI prompt, a test) are not
// callbacks and say nothing.

// paramCode returns, for an exchange whose code e is a parameter of the
// function fn that holds it (never assigned, its address never taken),
// one callback per call of that function in this package whose argument
// is the served request's code, read in an HTTP handler that never reads
// the request's state. A caller that hands on a parameter of its own
// (ExchangeCode calling the unexported helper that builds the request) is
// followed to its callers, up to three calls above, as the facts are
// (noteRedeemerUp). A handler that reads the state is looked at for a
// state checked against a shared store only (unboundState), or skipped
// when empty (emptyStateCheck).
func (m *model) paramCode(t *TokenRequest, e ast.Expr, fn ast.Node) []Callback {
	obj, index := m.codeParam(e, fn)
	if obj == nil {
		return nil
	}
	return m.paramCallers(t, obj, index, 0)
}

// paramCallers returns the callbacks among the callers of obj that pass
// the served request's code for its parameter index.
func (m *model) paramCallers(t *TokenRequest, obj *types.Func, index, depth int) []Callback {
	var out []Callback
	for _, use := range m.refs().uses[obj] {
		call, ok := calledAt(use)
		if !ok || index >= len(call.Node().(*ast.CallExpr).Args) {
			continue
		}
		arg := call.Node().(*ast.CallExpr).Args[index]
		read := m.requestRead(arg, "code", 0)
		h := enclosingFunc(call)
		if read == nil && h != nil && depth < 3 {
			if w, i := m.codeParam(arg, h); w != nil && w != obj {
				out = append(out, m.paramCallers(t, w, i, depth+1)...)
			}
			continue
		}
		if read == nil || h == nil || !within(read, h) || !m.answersHTTP(h) {
			continue
		}
		if m.readsState(h, 0) {
			m.emptyStateCheck(t, h)  // checked: how?
			m.unboundState(t, h)     // checked: where?
			m.sharedStateCheck(t, h) // checked: against what?
			continue
		}
		out = append(out, Callback{Code: read, Handler: h})
	}
	return out
}

// codeParam returns the function fn declares and the index of its
// parameter that the code e is (never assigned, its address never
// taken), or nil.
func (m *model) codeParam(e ast.Expr, fn ast.Node) (*types.Func, int) {
	decl, ok := fn.(*ast.FuncDecl)
	if !ok {
		return nil, -1
	}
	obj, ok := m.info.Defs[decl.Name].(*types.Func)
	if !ok {
		return nil, -1
	}
	sig, ok := obj.Type().(*types.Signature)
	if !ok {
		return nil, -1
	}
	index := -1
	v := m.localVar(e)
	for range maxDepth {
		if v == nil {
			return nil, -1
		}
		for i := range sig.Params().Len() {
			if sig.Params().At(i) == v {
				index = i
			}
		}
		if index >= 0 {
			break
		}
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return nil, -1
		}
		v = m.localVar(d.rhs)
	}
	if index < 0 || len(m.defs[v]) > 0 || m.addrTaken[v] || sig.Variadic() && index == sig.Params().Len()-1 {
		return nil, -1
	}
	return obj, index
}

// calledAt returns the call whose callee is the function named at use
// (f(…), pkg.f(…) or x.f(…)), and false when use refers to the
// function otherwise (a function value).
func calledAt(use inspector.Cursor) (inspector.Cursor, bool) {
	fun := use
	if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == use.Node() {
		fun = use.Parent()
	}
	if ce, ok := fun.Parent().Node().(*ast.CallExpr); ok && ast.Unparen(ce.Fun) == fun.Node() {
		return fun.Parent(), true
	}
	return inspector.Cursor{}, false
}
