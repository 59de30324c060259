package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
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

// clientRedirects fills c.Asks[LooseRedirect] when the registration lists
// a redirect URI that the server matches as a prefix (one that ends with
// k.PrefixWildcard). The list is read where it is a literal: directly,
// through a variable, or through a parameter of the enclosing function,
// whose arguments at this package's calls are read in turn (a call that
// passes such a list registers it). Each element whose end is known
// counts, so fmt.Sprintf("https://%s/*", host) is a prefix whatever the
// host.
func (m *model) clientRedirects(c *StaticClient, k *knowledge.Client, vals map[string]*ast.KeyValueExpr) {
	if k.RedirectURIs == "" || k.PrefixWildcard == "" {
		return
	}
	kv, ok := vals[k.RedirectURIs]
	if !ok {
		return
	}
	for _, lit := range m.listLits(kv.Value, 0) {
		for _, elt := range lit.Elts {
			s := m.str(elt, nil)
			if !strings.HasSuffix(s, k.PrefixWildcard) {
				continue
			}
			shown := strings.ReplaceAll(s, value.Hole, "…")
			how := "as a prefix"
			if s == k.PrefixWildcard {
				how = "with every URI"
			}
			c.Asks[knowledge.LooseRedirect] = ClientAsk{Node: kv, Why: "its " + k.RedirectURIs + " include " + quote(shown) + ", which the server matches " + how}
			if s == k.PrefixWildcard {
				return
			}
		}
	}
}

// listLits are the composite literals a list expression may be: the
// literal itself, its address, a variable assigned one once, or a
// parameter, through the arguments of this package's calls.
func (m *model) listLits(e ast.Expr, depth int) []*ast.CompositeLit {
	if depth > maxDepth {
		return nil
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		// &list, the one place list's address is taken: its value is
		// its assignment's.
		if v := m.localVar(u.X); v != nil && m.addrTaken[v] && m.soleAddr[v] == u {
			if d, ok := m.onlyDef(v); ok && d.rhs != nil && d.tuple < 0 {
				return m.listLits(d.rhs, depth+1)
			}
			return m.paramLists(v, depth)
		}
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		return []*ast.CompositeLit{x}
	case *ast.Ident:
		v := m.varOf(x)
		if d, ok := m.singleDef(v); ok && d.rhs != nil && d.tuple < 0 {
			return m.listLits(d.rhs, depth+1)
		}
		// A parameter the function never assigns, its address taken
		// only to fill the registration's *[]string fields.
		return m.paramLists(v, depth)
	}
	return nil
}

// paramLists reads a parameter that the function never assigns: the
// lists the package's calls of the function pass for it.
func (m *model) paramLists(v *types.Var, depth int) []*ast.CompositeLit {
	if v == nil || len(m.defs[v]) > 0 {
		return nil
	}
	var fn *types.Func
	idx := -1
	for f := range m.funcDecls {
		if i := paramIndex(v, f); i >= 0 {
			fn, idx = f, i
			break
		}
	}
	if fn == nil {
		return nil
	}
	if sig := fn.Type().(*types.Signature); sig.Variadic() && idx == sig.Params().Len()-1 {
		return nil
	}
	var out []*ast.CompositeLit
	for _, cur := range m.localCalls {
		call := cur.Node().(*ast.CallExpr)
		callee, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || callee.Origin() != fn || idx >= len(call.Args) {
			continue
		}
		out = append(out, m.listLits(call.Args[idx], depth+1)...)
	}
	return out
}
