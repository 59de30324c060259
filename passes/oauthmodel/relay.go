package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
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
