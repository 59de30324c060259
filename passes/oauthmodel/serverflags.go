package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// clientFlags fills c.Asks from the registration's bool fields that ask
// for a decision when true (Keycloak's ImplicitFlowEnabled): a field the
// literal sets to a value known to be true asks; any other value (false,
// a flag, a configuration) does not.
func (m *model) clientFlags(c *StaticClient, k *knowledge.Client, vals map[string]*ast.KeyValueExpr) {
	for _, f := range k.Flags {
		kv, ok := vals[f.Field]
		if !ok {
			continue
		}
		if v, known := m.boolOf(kv.Value, 0); known && v && c.Asks[f.Decision].Node == nil {
			c.Asks[f.Decision] = ClientAsk{Node: kv, Why: "its " + f.Field + " is true"}
		}
	}
}

// boolOf is the value of a bool expression, or of a *bool one made by a
// pointer helper: a call of a function that takes one bool and returns a
// *bool (gocloak.BoolP, or a program's own generic helper instantiated
// with bool), whose argument is known.
func (m *model) boolOf(e ast.Expr, depth int) (v, known bool) {
	if depth > maxDepth {
		return false, false
	}
	e = ast.Unparen(e)
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return constant.BoolVal(tv.Value), true
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		sig, ok := types.Unalias(m.info.TypeOf(x.Fun)).Underlying().(*types.Signature)
		if !ok || len(x.Args) != 1 || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
			return false, false
		}
		ptr, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
		if !ok || !isBool(ptr.Elem()) || !isBool(sig.Params().At(0).Type()) {
			return false, false
		}
		return m.boolOf(x.Args[0], depth+1)
	case *ast.Ident:
		if d, ok := m.singleDef(m.varOf(x)); ok && d.rhs != nil && d.tuple < 0 {
			return m.boolOf(d.rhs, depth+1)
		}
	}
	return false, false
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}
