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
// nothing.
func (m *model) keptHarmlessly(key ast.Expr) bool {
	id, ok := key.(*ast.Ident)
	if !ok {
		return false
	}
	f, ok := m.info.Uses[id].(*types.Var)
	if !ok || !f.IsField() || f.Pkg() != m.pass.Pkg || !isStringType(f.Type()) {
		return false
	}
	return m.storeHarmless(f, func(c inspector.Cursor) (inspector.Cursor, bool) {
		sel, ok := c.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.Sel != c.Node() {
			_, isKey := c.Parent().Node().(*ast.KeyValueExpr)
			return c, isKey // a literal's key: a write
		}
		return c.Parent(), true
	}, func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && m.info.Uses[x.Sel] == f
	})
}

// mapKeptHarmlessly reports whether e names a map of strings (a
// variable or a field of the package's) every element read of which in
// the package checks nothing.
func (m *model) mapKeptHarmlessly(e ast.Expr) bool {
	var obj *types.Var
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj, _ = m.info.Uses[x].(*types.Var)
	case *ast.SelectorExpr:
		obj, _ = m.info.Uses[x.Sel].(*types.Var)
	}
	if obj == nil || obj.Pkg() != m.pass.Pkg || obj.Kind() == types.LocalVar || obj.Kind() == types.ParamVar {
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
	return m.storeHarmless(obj, func(c inspector.Cursor) (inspector.Cursor, bool) {
		if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == c.Node() {
			c = c.Parent() // s.codes
		}
		switch p := c.Parent().Node().(type) {
		case *ast.IndexExpr:
			if p.X == c.Node() {
				return c.Parent(), true
			}
		case *ast.CallExpr:
			if isBuiltin(m.info, p, "delete") || isBuiltin(m.info, p, "len") {
				return c, false
			}
		case *ast.KeyValueExpr:
			return c, p.Key == c.Node() // a literal's field set to a new map
		case *ast.AssignStmt:
			return c, slices.Contains(p.Lhs, c.Node().(ast.Expr)) // codes = map[string]string{}
		}
		return inspector.Cursor{}, true // handed on, ranged over: may be checked there
	}, func(x ast.Expr) bool {
		ix, ok := ast.Unparen(x).(*ast.IndexExpr)
		return ok && named(ix.X)
	})
}

// storeHarmless walks the uses of obj: at maps a use to the expression
// that reads the kept value (ok true), to the use itself when the use
// writes or reads nothing kept (ok false), or to an invalid cursor when
// the use may check the value. Each read must be harmless.
func (m *model) storeHarmless(obj *types.Var, at func(inspector.Cursor) (inspector.Cursor, bool), kept func(ast.Expr) bool) bool {
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
		r, read := at(c)
		if !r.Valid() {
			ok = false
			break
		}
		if !read || r == c && r.Node() == c.Node() && !isSelOrIndex(r.Node()) {
			continue
		}
		if as, isAssign := r.Parent().Node().(*ast.AssignStmt); isAssign && slices.Contains(as.Lhs, r.Node().(ast.Expr)) {
			continue // a write: codes[code] = uri, rec.redirect = uri
		}
		if m.inTest(r.Node()) {
			continue
		}
		if !m.harmlessRead(r, kept) {
			ok = false
			break
		}
	}
	m.harmlessStores[obj] = ok
	return ok
}

func isSelOrIndex(n ast.Node) bool {
	switch n.(type) {
	case *ast.SelectorExpr, *ast.IndexExpr:
		return true
	}
	return false
}
