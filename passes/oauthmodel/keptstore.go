package oauthmodel

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// An authorization endpoint that redirects with the code may first keep
// the requested URI with the code (codes[code] = uri, or grant{redirect:
// uri} in a map), for its token endpoint to compare with the
// redirect_uri the token request sends (RFC 6749 §4.1.3). That check
// says nothing of where the code already went. Keeping the URI checks it
// only when something reads it back to check it: a store every read of
// which is harmless (harmlessRead: a comparison with the requested URI
// itself or with "", a log) leaves the URI as unchecked as before.

// storedHarmlessly reports whether the assignment as stores the
// requested URI at id in a string-valued map or a string field of the
// package, every read of which checks nothing.
func (m *model) storedHarmlessly(as *ast.AssignStmt, id ast.Expr) bool {
	i := slices.Index(as.Rhs, id)
	if i < 0 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	switch l := ast.Unparen(as.Lhs[i]).(type) {
	case *ast.IndexExpr:
		return m.mapKeptHarmlessly(l.X)
	case *ast.SelectorExpr:
		return m.keptHarmlessly(l.Sel)
	}
	return false
}

// keptHarmlessly reports whether key names a string field of a struct
// the package declares, every read of which in the package checks
// nothing, and which no other package can read (the field is unexported,
// or no value of its struct leaves the package).
func (m *model) keptHarmlessly(key ast.Expr) bool {
	id, ok := key.(*ast.Ident)
	if !ok {
		return false
	}
	f, ok := m.info.Uses[id].(*types.Var)
	if !ok || !f.IsField() || f.Pkg() != m.pass.Pkg || !isStringType(f.Type()) {
		return false
	}
	if f.Exported() {
		owner := m.fieldOwner(f)
		if owner == nil || m.typeHandedOut(owner) {
			return false
		}
	}
	return m.storeHarmless(f, func(c inspector.Cursor) (inspector.Cursor, storeUse) {
		switch p := c.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if p.Sel == c.Node() {
				return c.Parent(), useRead // rec.redirect (a write if assigned)
			}
		case *ast.KeyValueExpr:
			if p.Key == c.Node() {
				return c, useWrite // grant{redirect: uri}
			}
		}
		return c, useUnknown
	}, func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && m.info.Uses[x.Sel] == f
	})
}

// fieldOwner is the named struct type of the package that declares f.
func (m *model) fieldOwner(f *types.Var) *types.Named {
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if st, ok := n.Underlying().(*types.Struct); ok && slices.Contains(slices.Collect(st.Fields()), f) {
			return n
		}
	}
	return nil
}

// mapKeptHarmlessly reports whether e names a map of strings (a
// variable or an unexported field of the package's) every element read
// of which in the package checks nothing.
func (m *model) mapKeptHarmlessly(e ast.Expr) bool {
	var obj *types.Var
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj, _ = m.info.Uses[x].(*types.Var)
	case *ast.SelectorExpr:
		obj, _ = m.info.Uses[x.Sel].(*types.Var)
	}
	if obj == nil || obj.Pkg() != m.pass.Pkg || obj.Exported() || obj.Kind() == types.LocalVar || obj.Kind() == types.ParamVar {
		return false
	}
	mt, ok := obj.Type().Underlying().(*types.Map)
	if !ok || !isStringType(mt.Elem()) {
		return false
	}
	named := func(x ast.Expr) bool {
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			return m.info.Uses[x] == obj
		case *ast.SelectorExpr:
			return m.info.Uses[x.Sel] == obj
		}
		return false
	}
	return m.storeHarmless(obj, func(c inspector.Cursor) (inspector.Cursor, storeUse) {
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == c.Node() {
			c = c.Parent() // s.codes
		}
		switch p := c.Parent().Node().(type) {
		case *ast.IndexExpr:
			if p.X == c.Node() {
				return c.Parent(), useRead // codes[code] (a write if assigned)
			}
		case *ast.CallExpr:
			if isBuiltin(m.info, p, "delete") || isBuiltin(m.info, p, "len") {
				return c, useWrite
			}
		case *ast.KeyValueExpr:
			if p.Key == c.Node() {
				return c, useWrite // a literal's field set to a new map
			}
		case *ast.AssignStmt:
			if slices.Contains(p.Lhs, c.Node().(ast.Expr)) {
				return c, useWrite // codes = map[string]string{}
			}
		}
		return c, useUnknown // handed on, ranged over: may be checked there
	}, func(x ast.Expr) bool {
		ix, ok := ast.Unparen(x).(*ast.IndexExpr)
		return ok && named(ix.X)
	})
}

// storeUse is what a use of a store's variable or field does.
type storeUse int

const (
	useWrite   storeUse = iota // writes it, or reads nothing kept in it
	useRead                    // reads a kept value (or writes one, if assigned)
	useUnknown                 // anything else: may check what it holds
)

// storeHarmless walks the uses of obj: at says what each does, and for a
// read the expression that reads the kept value. Each read must be
// harmless (harmlessRead).
func (m *model) storeHarmless(obj *types.Var, at func(inspector.Cursor) (inspector.Cursor, storeUse), kept func(ast.Expr) bool) bool {
	if ok, seen := m.harmlessStores[obj]; seen {
		return ok
	}
	if m.harmlessStores == nil {
		m.harmlessStores = make(map[*types.Var]bool)
	}
	m.harmlessStores[obj] = false // while deciding
	ok := true
	for c := range m.in.Root().Preorder((*ast.Ident)(nil)) {
		if m.info.Uses[c.Node().(*ast.Ident)] != obj {
			continue
		}
		r, use := at(c)
		if use == useWrite || m.inTest(r.Node()) {
			continue
		}
		if use == useRead {
			if as, isAssign := r.Parent().Node().(*ast.AssignStmt); isAssign && slices.Contains(as.Lhs, r.Node().(ast.Expr)) {
				continue // a write: codes[code] = uri, rec.redirect = uri
			}
			if m.harmlessRead(r, kept) {
				continue
			}
		}
		ok = false
		break
	}
	m.harmlessStores[obj] = ok
	return ok
}
