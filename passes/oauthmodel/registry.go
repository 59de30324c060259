package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A hand-built server's dispatch table is not always one literal: the
// table starts empty and handlers are stored into it one by one, directly
// (grants["password"] = passwordGrant) or through a registration function
// of the package that stores its parameter as the key
// (srv.RegisterGrant("password", h) with `s.grants[name] = h` inside).

// tableKey is a constant key stored into a dispatch table, where, and
// whether its element switches the entry off (nil, false).
type tableKey struct {
	key  string
	node ast.Node
	off  bool
}

// tableObj is the variable or field that the map expression e names,
// when it is declared in this package.
func (m *model) tableObj(e ast.Expr) types.Object {
	v := m.namedVar(e)
	if v == nil || v.Pkg() != m.pass.Pkg {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Map); !ok {
		return nil
	}
	return v
}

// registeredKeys returns the constant keys stored into the table obj by
// index assignments and registration calls, and the keys of literals
// assigned to a field table (Server{grants: map[string]H{…}}). A
// variable's own initialising literal is read by mapLiteral.
func (m *model) registeredKeys(obj types.Object) []tableKey {
	if m.tables == nil {
		m.tables = make(map[types.Object][]tableKey)
	}
	if keys, ok := m.tables[obj]; ok {
		return keys
	}
	var keys []tableKey
	type registrar struct {
		fn    *types.Func
		param int
		val   int // the parameter stored as the element, -1 if none
	}
	var regs []registrar
	for cur := range m.in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.KeyValueExpr)(nil)) {
		if m.inTest(cur.Node()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			k, ok := n.Key.(*ast.Ident)
			if !ok || m.info.Uses[k] == nil || m.info.Uses[k] != obj {
				continue
			}
			if lit, ok := ast.Unparen(n.Value).(*ast.CompositeLit); ok {
				for _, el := range lit.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if s, ok := m.constStr(kv.Key); ok {
							keys = append(keys, tableKey{s, kv.Key, switchedOff(m.info, kv.Value)})
						}
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN {
				continue
			}
			for i, lhs := range n.Lhs {
				ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
				if !ok || m.tableObj(ix.X) != obj {
					continue
				}
				if s, ok := m.constStr(ix.Index); ok {
					keys = append(keys, tableKey{s, ix.Index, switchedOff(m.info, n.Rhs[i])})
					continue
				}
				// A parameter of the enclosing function as the key.
				id, ok := ast.Unparen(ix.Index).(*ast.Ident)
				if !ok {
					continue
				}
				fd, ok := enclosingFunc(cur).(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := m.info.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				sig := fn.Signature()
				for j := range sig.Params().Len() {
					if sig.Params().At(j) == m.info.Uses[id] {
						val := -1
						if vid, ok := ast.Unparen(n.Rhs[i]).(*ast.Ident); ok {
							for k := range sig.Params().Len() {
								if sig.Params().At(k) == m.info.Uses[vid] {
									val = k
								}
							}
						}
						regs = append(regs, registrar{fn, j, val})
					}
				}
			}
		}
	}
	for _, call := range m.localCalls {
		c := call.Node().(*ast.CallExpr)
		if m.inTest(c) {
			continue
		}
		fn, _ := typeutil.Callee(m.info, c).(*types.Func)
		if fn == nil {
			continue
		}
		fn = fn.Origin()
		for _, r := range regs {
			if r.fn != fn || r.param >= len(c.Args) {
				continue
			}
			if s, ok := m.constStr(c.Args[r.param]); ok {
				off := r.val >= 0 && r.val < len(c.Args) && switchedOff(m.info, c.Args[r.val])
				keys = append(keys, tableKey{s, c.Args[r.param], off})
			}
		}
	}
	m.tables[obj] = keys
	return keys
}
