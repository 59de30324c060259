package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A callback handler often does not exchange the code itself: it hands
// it on, through a channel (codes <- r.URL.Query().Get("code"), then
// Exchange(ctx, <-codes)) or a field (h.code = code, read after the
// server stops), and the waiting function exchanges it. The handler that
// read the code is still the one that had to check the state.

// relayedCode returns the read of the served request's code, and the
// handler that reads it, when the code an exchange sends (e) was handed
// over through a channel or an unexported string field of this package.
// Every handler that hands one over must skip the state for the relay to
// count: one that reads it checks the flow.
func (m *model) relayedCode(e ast.Expr) (read, handler ast.Node) {
	for range maxDepth {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			break
		}
		d, ok := m.singleDef(m.varOf(id))
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return nil, nil
		}
		e = d.rhs
	}
	if r, h := m.relayedQuery(e); r != nil {
		return r, h
	}
	var sources []def
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		f := m.trackedField(x)
		if f == nil || m.stateOpen[f] {
			return nil, nil
		}
		sources = m.stateDefs[f]
	case *ast.UnaryExpr:
		if x.Op != token.ARROW {
			return nil, nil
		}
		ch := m.chanObj(x.X)
		if ch == nil {
			return nil, nil
		}
		for _, cur := range m.sends {
			s := cur.Node().(*ast.SendStmt)
			if m.chanObj(s.Chan) == ch {
				sources = append(sources, def{rhs: s.Value, tuple: -1, cur: cur})
			}
		}
	}
	for _, d := range sources {
		if d.rhs == nil || d.tuple >= 0 {
			return nil, nil
		}
		r := m.requestRead(d.rhs, "code", 0)
		h := enclosingFunc(d.cur)
		if r == nil || h == nil || !within(r, h) || !m.answersHTTP(h) || m.readsState(h, 0) {
			return nil, nil
		}
		if read == nil {
			read, handler = r, h
		}
	}
	return read, handler
}

// relayedQuery handles a handler that hands over the request's whole
// query (ch <- r.URL.Query()) and a receiver that takes the code from it
// (q := <-ch; q.Get("code"), q["code"]): the handler that read the query
// had to check the state, unless the receiver reads the state from it.
func (m *model) relayedQuery(e ast.Expr) (read, handler ast.Node) {
	var q ast.Expr
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr: // q.Get("code")
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Get" && len(x.Args) == 1 && m.constString(x.Args[0]) == "code" {
			q = sel.X
		}
	case *ast.IndexExpr: // q["code"], q["code"][0]
		if in, ok := ast.Unparen(x.X).(*ast.IndexExpr); ok {
			x = in
		}
		if m.constString(x.Index) == "code" {
			q = x.X
		}
	}
	if q == nil || !isNamed(m.info.TypeOf(q), "net/url", "Values") {
		return nil, nil
	}
	id, ok := ast.Unparen(q).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v := m.varOf(id)
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple >= 0 {
		return nil, nil
	}
	recv, ok := ast.Unparen(d.rhs).(*ast.UnaryExpr)
	if !ok || recv.Op != token.ARROW {
		return nil, nil
	}
	ch := m.chanObj(recv.X)
	if ch == nil {
		return nil, nil
	}
	// The receiver reads the state from the query: checked there.
	stateRead := false
	m.eachUse(v, d.cur, func(use inspector.Cursor) {
		switch p := use.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if c, ok := use.Parent().Parent().Node().(*ast.CallExpr); ok && c.Fun == p && len(c.Args) == 1 && m.constString(c.Args[0]) != "code" {
				stateRead = stateRead || m.constString(c.Args[0]) == "state" || m.constString(c.Args[0]) == ""
			} else if !ok || c.Fun != p {
				stateRead = true // q handed on whole: unknown
			}
		case *ast.IndexExpr:
			k := m.constString(p.Index)
			stateRead = stateRead || k == "state" || k == ""
		default:
			stateRead = true // passed on, or aliased: unknown
		}
	})
	if stateRead {
		return nil, nil
	}
	for _, cur := range m.sends {
		s := cur.Node().(*ast.SendStmt)
		if m.chanObj(s.Chan) != ch {
			continue
		}
		h := enclosingFunc(cur)
		if !m.servedQuery(s.Value) || h == nil || !m.answersHTTP(h) || m.readsState(h, 0) {
			return nil, nil
		}
		if read == nil {
			read, handler = s.Value, h
		}
	}
	return read, handler
}

// servedQuery reports whether e is the served request's query or form
// as url.Values: r.URL.Query(), r.Form, r.PostForm (carriesServed).
func (m *model) servedQuery(e ast.Expr) bool {
	return isNamed(m.info.TypeOf(e), "net/url", "Values") && m.carriesServed(e, 0)
}

// chanObj is the variable or field a channel expression names.
func (m *model) chanObj(e ast.Expr) types.Object {
	v := m.namedVar(e)
	if v == nil {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Chan); !ok {
		return nil
	}
	return v
}

// namedVar is the variable or field that e names (v, x.f, pkg.V); for
// a field of a generic type, the field of its origin.
func (m *model) namedVar(e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	if v, ok := m.info.Uses[id].(*types.Var); ok {
		return v.Origin()
	}
	return nil
}
