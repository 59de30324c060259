package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// clientPKCEAttribute fills c.Asks[PKCEPublic] for a registration that
// creates a public client whose code flow is on and whose attributes do
// not require PKCE (knowledge.PKCEAttribute: Keycloak's
// "pkce.code.challenge.method"). Every part must be known from the
// literal: a field from a flag or a configuration, an attribute map that
// is not a literal (or whose keys are not all constants), a registration
// changed after the literal or never seen reaching the create call, are
// unknown and ask for nothing.
func (m *model) clientPKCEAttribute(c *StaticClient, k *knowledge.Client, vals map[string]*ast.KeyValueExpr, cur inspector.Cursor) {
	a := k.PKCEAttribute
	if a == nil || k.Public == "" {
		return
	}
	if kv, ok := vals[a.CodeFlow]; ok {
		if v, known := m.boolOf(kv.Value, 0); !known || !v {
			return
		}
	} else if !a.CodeFlowDefault {
		return
	}
	for _, f := range a.Off {
		if kv, ok := vals[f]; ok {
			if v, known := m.boolOf(kv.Value, 0); !known || v {
				return
			}
		}
	}
	if kv, ok := vals[a.Protocol]; ok {
		if p := m.str(kv.Value, nil); !value.Known(p) || !contains(a.Protocols, p) {
			return
		}
	}
	attrs, hasAttrs := vals[a.Map]
	method, pres := "", value.Absent
	if hasAttrs {
		method, pres = m.attrEntry(attrs.Value, a.Key, 0)
	}
	codeFlow := ", and the code flow is on by default"
	if _, ok := vals[a.CodeFlow]; ok {
		codeFlow = ", and its " + a.CodeFlow + " is true"
	}
	switch {
	case pres == value.Present && strings.EqualFold(method, "plain"):
		// Any client, public or not: the server then requires a plain
		// challenge, the verifier itself.
		if m.reachesCreate(cur, k, a.Creates, 0) {
			c.Asks[knowledge.PlainPKCE] = ClientAsk{Node: attrs, Why: "its " + a.Map + " set " + quote(a.Key) + " to " + quote(method) + codeFlow}
		}
		return
	case pres == value.Unknown, pres == value.Present && method != "":
		return // a method, or not known
	}
	pub, ok := vals[k.Public]
	if !ok {
		return
	}
	if v, known := m.boolOf(pub.Value, 0); !known || !v {
		return
	}
	why := "its " + k.Public + " is true, "
	switch {
	case !hasAttrs:
		why += "it sets no " + a.Map + " (so no " + quote(a.Key) + ")"
	case pres == value.Present:
		why += "its " + a.Map + " set " + quote(a.Key) + " to \"\""
	default:
		why += "its " + a.Map + " do not set " + quote(a.Key)
	}
	if !m.reachesCreate(cur, k, a.Creates, 0) {
		return
	}
	c.Asks[knowledge.PKCEPublic] = ClientAsk{Node: pub, Why: why + codeFlow, Default: true}
}

// attrEntry is the value of key in a string map written as a literal:
// directly, behind &, or through a variable given that literal once and
// used only where its address is taken once (Attributes: &attrs). A key
// that is not a constant, or a variable changed or passed elsewhere,
// makes the entry unknown.
func (m *model) attrEntry(e ast.Expr, key string, depth int) (string, value.Presence) {
	if depth > maxDepth {
		return "", value.Unknown
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		if _, ok := types.Unalias(m.info.TypeOf(x)).Underlying().(*types.Map); !ok {
			return "", value.Unknown
		}
		val, pres := "", value.Absent
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return "", value.Unknown
			}
			k := m.str(kv.Key, nil)
			if !value.Known(k) {
				return "", value.Unknown
			}
			if k == key {
				val, pres = m.str(kv.Value, nil), value.Present
			}
		}
		if pres == value.Present && !value.Known(val) {
			return "", value.Unknown
		}
		return val, pres
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			return "", value.Unknown
		}
		d, ok := m.onlyDef(v)
		if !ok || d.rhs == nil || d.tuple >= 0 || len(m.defs[v]) != 1 {
			return "", value.Unknown
		}
		if m.addrTaken[v] && m.soleAddr[v] == nil {
			return "", value.Unknown
		}
		if n := m.usesIn(v, enclosingFunc(d.cur)); n != 1 {
			return "", value.Unknown // indexed, passed on, aliased
		}
		return m.attrEntry(d.rhs, key, depth+1)
	}
	return "", value.Unknown
}

// usesIn counts the uses of v in fn (a function declaration or literal),
// -1 when fn is nil.
func (m *model) usesIn(v *types.Var, fn ast.Node) int {
	if fn == nil {
		return -1
	}
	n := 0
	ast.Inspect(fn, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && m.info.Uses[id] == v {
			n++
		}
		return true
	})
	return n
}

// reachesCreate reports whether the registration literal at cur reaches
// one of creates unchanged: as the call's argument, or through a variable
// given the literal once whose every use in its function is such a call's
// argument (or a read), or through a parameter of a function of this
// package that passes it on so.
func (m *model) reachesCreate(cur inspector.Cursor, k *knowledge.Client, creates []knowledge.Func, depth int) bool {
	if depth > maxDepth {
		return false
	}
	e := cur.Node()
	parent := cur.Parent()
	for {
		if p, ok := parent.Node().(*ast.ParenExpr); ok {
			e, parent = p, parent.Parent()
			continue
		}
		break
	}
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		for i, arg := range p.Args {
			if arg == e {
				return m.createArg(p, i, k, creates, depth)
			}
		}
	case *ast.AssignStmt, *ast.ValueSpec:
		v := m.definedVar(cur)
		if v == nil || len(m.defs[v]) != 1 || m.addrTaken[v] {
			return false
		}
		if _, ok := types.Unalias(v.Type()).(*types.Pointer); ok {
			return false
		}
		return m.varReachesCreate(v, enclosingFunc(cur), k, creates, depth)
	}
	return false
}

// createArg reports whether argument i of call goes to a create call:
// the call itself, or a function of this package whose parameter does.
func (m *model) createArg(call *ast.CallExpr, i int, k *knowledge.Client, creates []knowledge.Func, depth int) bool {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return false
	}
	fn = fn.Origin()
	for _, f := range creates {
		if m.libFunc(fn, f) {
			return true
		}
	}
	decl, ok := m.funcDecls[fn]
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	p := sig.Params().At(i)
	if len(m.defs[p]) > 0 || m.addrTaken[p] {
		return false
	}
	if _, ok := types.Unalias(p.Type()).(*types.Pointer); ok {
		return false
	}
	return m.varReachesCreate(p, decl.Node(), k, creates, depth+1)
}

// varReachesCreate reports whether v, a registration held by value, goes
// to a create call in fn, and fn changes none of its fields.
func (m *model) varReachesCreate(v *types.Var, fn ast.Node, k *knowledge.Client, creates []knowledge.Func, depth int) bool {
	if fn == nil {
		return false
	}
	found, changed := false, false
	ast.Inspect(fn, func(x ast.Node) bool {
		if changed {
			return false
		}
		switch n := x.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if root := rootIdent(l); root != nil && m.info.Uses[root] == v && ast.Unparen(l) != root {
					changed = true // c.Attributes = …, (*c.Attributes)[k] = …
				}
			}
		case *ast.IncDecStmt:
			if root := rootIdent(n.X); root != nil && m.info.Uses[root] == v {
				changed = true
			}
		case *ast.CallExpr:
			for i, arg := range n.Args {
				if id, ok := ast.Unparen(arg).(*ast.Ident); ok && m.info.Uses[id] == v && !found {
					found = m.createArg(n, i, k, creates, depth)
				}
			}
		}
		return true
	})
	return found && !changed
}

// rootIdent is the variable at the root of a selector, index or
// dereference chain (c in (*c.Attributes)["k"]).
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}
