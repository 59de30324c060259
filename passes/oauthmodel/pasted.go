package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
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
	if m.codesFromCommandLine() {
		// A command package that starts no listener and redeems only
		// codes given on its command line ("login" prints the URL,
		// "token CODE" redeems it): every flow built outside a handler
		// is pasted.
		for _, r := range m.result.AuthRequests {
			if !r.InHandler && r.Func != nil {
				r.Pasted = true
			}
		}
		return
	}
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

// codesFromCommandLine reports whether the package starts no listener and
// redeems authorization codes, every one of them an argument of the
// command line: an element of a cobra command's args, of os.Args, or
// flag.Arg(i).
func (m *model) codesFromCommandLine() bool {
	if len(m.result.Signals.Listeners) > 0 {
		return false
	}
	n := 0
	for _, t := range m.result.TokenRequests {
		if !t.GrantType.Known || t.GrantType.Value != GrantAuthCode {
			continue
		}
		e, ok := t.Code.Node.(ast.Expr)
		if !ok || !m.commandLineArg(e, 0) {
			return false
		}
		n++
	}
	return n > 0
}

// commandLineArg reports whether e is (a local variable holding) an
// argument of the command line.
func (m *model) commandLineArg(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		d, ok := m.singleDef(m.varOf(x))
		return ok && d.rhs != nil && d.tuple < 0 && m.commandLineArg(d.rhs, depth+1)
	case *ast.IndexExpr:
		if sel, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok {
			if v, ok := m.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args" {
				return true
			}
		}
		id, ok := ast.Unparen(x.X).(*ast.Ident)
		if !ok {
			return false
		}
		return m.cobraArgs(m.varOf(id))
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		return ok && funcName(fn) == "flag.Arg"
	}
	return false
}

// cobraArgs reports whether v is the args parameter of a cobra command's
// Run function: func(cmd *cobra.Command, args []string).
func (m *model) cobraArgs(v *types.Var) bool {
	if v == nil {
		return false
	}
	sig, ok := types.Unalias(m.sigOfParam(v)).(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Params().At(1) != v {
		return false
	}
	return isNamed(sig.Params().At(0).Type(), "github.com/spf13/cobra", "Command")
}

// defCursor is the cursor of the identifier that declares v, an object
// of this package.
func (m *model) defCursor(v types.Object) (inspector.Cursor, bool) {
	return m.in.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
}

// sigOfParam is the signature of the function (declaration or literal) of
// this package whose parameter v is, or nil.
func (m *model) sigOfParam(v *types.Var) types.Type {
	if v.Pkg() != m.pass.Pkg || !v.Pos().IsValid() {
		return nil
	}
	id, ok := m.defCursor(v)
	if !ok {
		return nil
	}
	for c := range id.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch f := c.Node().(type) {
		case *ast.FuncLit:
			if f.Type.Params != nil && f.Type.Params.Pos() <= v.Pos() && v.Pos() < f.Type.Params.End() {
				return m.info.TypeOf(f)
			}
		case *ast.FuncDecl:
			if f.Type.Params != nil && f.Type.Params.Pos() <= v.Pos() && v.Pos() < f.Type.Params.End() {
				if obj := m.info.Defs[f.Name]; obj != nil {
					return obj.Type()
				}
			}
		}
		return nil // the innermost function does not declare v as a parameter
	}
	return nil
}
