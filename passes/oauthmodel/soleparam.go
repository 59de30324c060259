package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// soleArg is the argument bound to parameter v when v belongs to an
// unexported package-level function of this package that the package
// calls from exactly one place and refers to nowhere else (it is not
// passed as a value), and the function never assigns v nor takes its
// address. The parameter then holds that argument's value, as a local
// variable initialised with it would (c := &Config{…}; get(ctx, c) with
// get calling the SDK). call is the call's cursor. A second call, a
// reference from a test file of the package, or any other use leaves the
// parameter unknown.
func (m *model) soleArg(v *types.Var) (arg ast.Expr, call inspector.Cursor, ok bool) {
	if _, unexported := m.refs().owner[v]; !unexported {
		return nil, inspector.Cursor{}, false // asked often: no search for an exported owner
	}
	args, calls, complete := m.paramArgs(v)
	if !complete || len(args) != 1 {
		return nil, inspector.Cursor{}, false
	}
	return args[0], calls[0], true
}

// paramArgs returns the arguments that the calls of this package give
// v, a parameter of a package-level function of this package that never
// assigns v nor takes its address, and the calls' cursors. complete is
// false when other code may call the function too: it is exported, or
// the package refers to it other than by calling it.
func (m *model) paramArgs(v *types.Var) (args []ast.Expr, calls []inspector.Cursor, complete bool) {
	if v == nil || v.Pkg() != m.pass.Pkg || len(m.defs[v]) > 0 || m.addrTaken[v] || !m.isParam(v) {
		return nil, nil, false
	}
	refs := m.refs()
	owner, ok := refs.owner[v] // unexported functions
	if !ok {
		owner, ok = m.exportedOwner(v)
		if !ok {
			return nil, nil, false
		}
	}
	sig := owner.fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Variadic() && owner.index == sig.Params().Len()-1 {
		return nil, nil, false
	}
	complete = !owner.fn.Exported()
	for _, u := range refs.uses[owner.fn] {
		ce, isCall := u.Parent().Node().(*ast.CallExpr)
		if !isCall || ast.Unparen(ce.Fun) != u.Node() || owner.index >= len(ce.Args) {
			complete = false // passed as a value: called from anywhere
			continue
		}
		args = append(args, ce.Args[owner.index])
		calls = append(calls, u.Parent())
	}
	return args, calls, complete
}

// exportedOwner finds the exported package-level function whose
// parameter v is (refs.owner indexes the unexported ones).
func (m *model) exportedOwner(v *types.Var) (paramOwner, bool) {
	cur, ok := m.defCursor(v)
	if !ok {
		return paramOwner{}, false
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fn, ok := m.info.Defs[c.Node().(*ast.FuncDecl).Name].(*types.Func)
		if !ok || !fn.Exported() {
			return paramOwner{}, false
		}
		sig := fn.Type().(*types.Signature)
		for i := 0; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == v {
				return paramOwner{fn, i}, true
			}
		}
		return paramOwner{}, false
	}
	return paramOwner{}, false
}

// paramRefs indexes, once per package, the parameters of the package's
// unexported functions and methods and every reference to each
// function or method the package declares.
type paramRefs struct {
	owner map[*types.Var]paramOwner
	uses  map[*types.Func][]inspector.Cursor
}

type paramOwner struct {
	fn    *types.Func
	index int
}

func (m *model) refs() *paramRefs {
	if m.paramRefs != nil {
		return m.paramRefs
	}
	r := &paramRefs{owner: make(map[*types.Var]paramOwner), uses: make(map[*types.Func][]inspector.Cursor)}
	for fn := range m.funcDecls {
		r.uses[fn] = nil
		sig, ok := fn.Type().(*types.Signature)
		if !ok || fn.Exported() {
			continue // unexported methods too: paramArgs leaves them out
		}
		for i := 0; i < sig.Params().Len(); i++ {
			r.owner[sig.Params().At(i)] = paramOwner{fn, i}
		}
	}
	if len(r.uses) > 0 {
		for c := range m.in.Root().Preorder((*ast.Ident)(nil)) {
			if fn, ok := m.info.Uses[c.Node().(*ast.Ident)].(*types.Func); ok {
				fn = fn.Origin()
				if _, ok := r.uses[fn]; ok {
					r.uses[fn] = append(r.uses[fn], c)
				}
			}
		}
	}
	m.paramRefs = r
	return r
}

// leftOut reports whether field name of the struct that arg denotes is
// known to be unset where arg is used at cur: arg (or *arg, or &arg) is
// the literal itself, a local variable holding it or a parameter bound
// at its function's one call site (soleArg), and nothing on the way
// writes the field, takes the value's address or hands a pointer to it
// to another function before cur's call.
func (m *model) leftOut(cur inspector.Cursor, arg ast.Expr, name string, depth int) bool {
	if arg == nil || depth > maxDepth {
		return false
	}
	x := ast.Unparen(arg)
	for {
		if s, ok := x.(*ast.StarExpr); ok {
			x = ast.Unparen(s.X)
			continue
		}
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			x = ast.Unparen(u.X)
			continue
		}
		break
	}
	if lit, ok := x.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return false // unkeyed: every field is given
			}
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
				return false
			}
		}
		return true
	}
	v := m.localVar(x)
	if v == nil || m.addrTaken[v] || m.touched(v, cur, name) {
		return false
	}
	if d, ok := m.singleDef(v); ok && d.tuple < 0 && d.rhs != nil {
		return m.leftOut(d.cur, d.rhs, name, depth+1)
	}
	if a, call, ok := m.soleArg(v); ok {
		return m.leftOut(call, a, name, depth+1)
	}
	return false
}

// touched reports whether the function around cur may write field name
// of v's value other than by the call at cur: it names the field, takes
// v's address, or passes a pointer v to a function other than cur's.
func (m *model) touched(v *types.Var, cur inspector.Cursor, name string) bool {
	_, isPtr := v.Type().Underlying().(*types.Pointer)
	written := false
	m.eachUse(v, cur, func(use inspector.Cursor) {
		switch p := use.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if p.Sel.Name == name {
				written = true // read or written: not left out
			}
			if isPtr {
				// a method or a field's own method may write through it
				if _, ok := m.info.Selections[p]; ok && m.info.Selections[p].Kind() != types.FieldVal {
					written = true
				}
			}
		case *ast.UnaryExpr:
			written = true
		case *ast.CallExpr:
			if isPtr && use.Parent() != cur && ast.Unparen(p.Fun) != use.Node() {
				written = true
			}
		}
	})
	return written
}
