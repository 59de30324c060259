package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// A server's authorization endpoint often hands what it read from the
// request to a service or repository of another package that only keeps
// it with the code it issues (svc.GenerateAuthCode(ctx, client, uri,
// challenge, method), or a functional option WithCodeChallengeMethod(m)
// that sets a field). Handed to code this package cannot see, a value
// might be checked there, and the endpoint's own decision would say
// nothing; KeepFact says which parameters such a function only stores.

// KeepFact marks an exported function whose parameters Params (0-based)
// are only stored: written to a struct field or a composite literal's
// element (directly, by address, or in a function literal it returns),
// compared with nothing and handed to no other function.
type KeepFact struct {
	Params []int
}

func (*KeepFact) AFact() {}
func (f *KeepFact) String() string {
	return fmt.Sprintf("keeps(args %v)", f.Params)
}

// keepFact computes the KeepFact of fd, nil if it keeps no string
// parameter.
func keepFact(info *types.Info, fd *ast.FuncDecl) *KeepFact {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok || fd.Body == nil {
		return nil
	}
	sig := fn.Signature()
	params := make(map[*types.Var]int)
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if b, ok := p.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			params[p] = i
		}
	}
	if len(params) == 0 {
		return nil
	}
	stored := make(map[*types.Var]bool)
	bad := make(map[*types.Var]bool)
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return true
		}
		if _, ok := params[v]; !ok {
			return true
		}
		if storedUse(stack) {
			stored[v] = true
		} else {
			bad[v] = true
		}
		return true
	})
	var f KeepFact
	for v, i := range params {
		if stored[v] && !bad[v] {
			f.Params = append(f.Params, i)
		}
	}
	if len(f.Params) == 0 {
		return nil
	}
	return &f
}

// storedUse reports whether the identifier at the top of stack is stored:
// the value of a keyed element, or the right-hand side of an assignment
// to a field, itself or its address.
func storedUse(stack []ast.Node) bool {
	i := len(stack) - 1
	child := stack[i]
	if i > 0 {
		if u, ok := stack[i-1].(*ast.UnaryExpr); ok && u.Op == token.AND {
			i, child = i-1, u // &m
		}
	}
	if i == 0 {
		return false
	}
	switch p := stack[i-1].(type) {
	case *ast.KeyValueExpr:
		return p.Value == child
	case *ast.AssignStmt:
		if len(p.Lhs) != len(p.Rhs) || p.Tok != token.ASSIGN {
			return false
		}
		for j, r := range p.Rhs {
			if r == child {
				_, field := ast.Unparen(p.Lhs[j]).(*ast.SelectorExpr)
				return field
			}
		}
	}
	return false
}

// exportKeepFact exports fd's KeepFact, if any.
func exportKeepFact(pass *analysis.Pass, fn *types.Func, fd *ast.FuncDecl) {
	if f := keepFact(pass.TypesInfo, fd); f != nil {
		pass.ExportObjectFact(fn, f)
	}
}
