package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
)

// State held in a struct field. A command draws its state once
// (c.state = randString()) and reads it back where it builds the URL
// (AuthCodeURL(c.state)) and where its callback compares it. An unexported
// string field of this package has exactly the writes this package shows,
// unless its address is taken or a literal sets it by position (reflection
// and encoders cannot set unexported fields): its origin is theirs, weak
// only when every write is.

// maxFieldDefs bounds the writes followed for one field.
const maxFieldDefs = 8

// trackedField returns the field sel selects when its origin can be
// followed: an unexported string field declared in this package.
func (m *model) trackedField(sel *ast.SelectorExpr) *types.Var {
	v := m.packageField(sel)
	if v == nil || v.Exported() {
		return nil
	}
	return v
}

// packageField is the string field of a struct of this package that sel
// selects, exported or not, nil for any other selection. Writes of every
// such field are recorded (stateDefs, stateOpen); an exported one may be
// written by importers too, which only a reader that asks where this
// package's values go (a hand-built server's request fields) can use.
func (m *model) packageField(sel *ast.SelectorExpr) *types.Var {
	v, ok := m.info.Uses[sel.Sel].(*types.Var)
	if !ok || !v.IsField() {
		return nil
	}
	v = v.Origin()
	if v.Pkg() != m.pass.Pkg || !isStringType(v.Type()) {
		return nil
	}
	return v
}

// fieldWrite records a write of rhs to field v.
func (m *model) fieldWrite(v *types.Var, d def) {
	if m.stateDefs == nil {
		m.stateDefs = make(map[*types.Var][]def)
	}
	m.stateDefs[v] = append(m.stateDefs[v], d)
}

// fieldEscapes records that v is written where its value is not seen.
func (m *model) fieldEscapes(v *types.Var) {
	if m.stateOpen == nil {
		m.stateOpen = make(map[*types.Var]bool)
	}
	m.stateOpen[v] = true
}

// unkeyedLit records the fields a literal without keys sets by position.
func (m *model) unkeyedLit(lit *ast.CompositeLit, st *types.Struct) {
	if len(lit.Elts) == 0 {
		return
	}
	if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); keyed {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i).Origin(); f.Pkg() == m.pass.Pkg {
			m.fieldEscapes(f)
		}
	}
}

// fieldOrigin is the origin of a read of field v: that of the values
// written to it, or unknown.
func (m *model) fieldOrigin(v *types.Var, depth int) State {
	defs := m.stateDefs[v]
	if m.stateOpen[v] || len(defs) == 0 || len(defs) > maxFieldDefs {
		return State{}
	}
	list := make([]State, 0, len(defs))
	for _, d := range defs {
		var s State
		switch {
		case d.rhs == nil || d.tuple > 0:
			return State{}
		case d.tuple == 0:
			call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok {
				return State{}
			}
			s = m.callOrigin(call, nil, depth+1)
		case d.op == token.ASSIGN || d.op == token.DEFINE:
			s = m.originOf(d.rhs, nil, depth+1)
		default:
			return State{} // s.state += …
		}
		list = append(list, s)
	}
	s := alternatives(list)
	if s.Origin.Weak() && s.Why != "" {
		s.Why += ", kept in the field " + v.Name()
	}
	return s
}
