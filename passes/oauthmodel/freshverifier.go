package oauthmodel

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// freshVerifiers marks token requests that send a code_verifier drawn at
// random just for the exchange: Exchange(ctx, code,
// oauth2.VerifierOption(v)) where v := oauth2.GenerateVerifier() in the
// same function and v is used nowhere else (not hashed into a challenge,
// not stored, not returned). The verifier whose challenge the
// authorization request carried was another one, so the exchange either
// fails or, where the server ignores PKCE, protects nothing.
func (m *model) freshVerifiers() {
	var uses map[*types.Var]int
	for _, t := range m.result.TokenRequests {
		if t.Verifier.Presence != value.Present || t.Verifier.Known {
			continue
		}
		call, ok := t.Verifier.Node.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			continue
		}
		arg := ast.Unparen(call.Args[len(call.Args)-1])
		id, ok := arg.(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := m.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || v.Pkg() != m.pass.Pkg {
			continue
		}
		// declared in the exchange's function body (not a parameter)
		var body *ast.BlockStmt
		switch fn := t.Func.(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		if body == nil || v.Pos() < body.Pos() || v.Pos() >= body.End() {
			continue
		}
		if m.stateOf(id).Origin != StateRandom || !m.drawnHere(id, 0) {
			continue
		}
		if uses == nil {
			uses = make(map[*types.Var]int)
			for _, obj := range m.info.Uses {
				if u, ok := obj.(*types.Var); ok && !u.IsField() {
					uses[u]++
				}
			}
		}
		if uses[v] == 1 {
			t.FreshVerifier = arg
		}
	}
}

// drawnHere reports whether the value of e is drawn where it is made,
// not read back from where an earlier request kept it: a call of another
// package (oauth2.GenerateVerifier()), through local variables and the
// package's functions whose every non-constant return is such a value.
// A map element or a struct's field is a kept value (it.verifier of
// pending[sid]), whatever was stored there.
func (m *model) drawnHere(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.IsField() {
			return false
		}
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil {
			return false
		}
		if d.tuple > 0 || d.tuple == 0 && pairedString(m.info, d.rhs) {
			// v, challenge := pair(): drawn with a value that may be
			// derived from it, and sent where this one is not seen.
			return false
		}
		return m.drawnHere(d.rhs, depth+1)
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return false
		}
		if fn.Pkg() != m.pass.Pkg {
			return true
		}
		drawn, returns := true, false
		m.eachResult(x, 0, func(_ *ast.FuncDecl, res ast.Expr) bool {
			if m.isConstant(res) {
				return false // "" on an error path
			}
			returns = true
			drawn = drawn && m.drawnHere(res, depth+1)
			return !drawn
		})
		return returns && drawn
	}
	return false
}

// pairedString reports whether call, whose first result is assigned,
// has more than one result of string or byte-slice type.
func pairedString(info *types.Info, call ast.Expr) bool {
	t, ok := info.TypeOf(call).(*types.Tuple)
	if !ok {
		return false
	}
	n := 0
	for v := range t.Variables() {
		switch u := v.Type().Underlying().(type) {
		case *types.Basic:
			if u.Info()&types.IsString != 0 {
				n++
			}
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				n++
			}
		}
	}
	return n > 1
}
