package oauthmodel

import (
	"go/ast"
	"go/types"

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
		if m.stateOf(id).Origin != StateRandom {
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
