package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// Branches that choose the grant at run time. A function that sends the
// password grant on one path and another grant on another
//
//	func (c *Client) token(asUser bool, …) {
//		if asUser { form.Set("grant_type", "password") } else { form.Set("grant_type", "client_credentials") }
//
// is not "always password": when its parameters alone choose the password
// path (a boolean parameter, a parameter or a field of a parameter
// compared with a constant), the grant is decided by each caller, and a
// call is reported when its constant arguments take that path (which the
// message names). A caller whose argument is not known is silent; the
// function itself is reported only when something other than its
// parameters (configuration, the environment) chooses the path.

// GrantCond is one condition on a parameter that chooses a path: the
// parameter (1-based), or its field Field, is true (Op "true"), false
// ("false"), equal ("==") or not equal ("!=") to the constant Value (in
// go/constant's exact notation: "\"password\"", "true", "3").
type GrantCond struct {
	Param int
	Field string
	Op    string
	Value string
}

// PathGrant is the conditions under which a function sends the password
// grant, and how a message names them ("when asUser is true").
type PathGrant struct {
	Conds []GrantCond
	Path  string
}

// splitGrants makes one token request per grant a container sends on
// different paths, and reports whether it did.
func (m *model) splitGrants(events []ast.Node, states []pathState, params func() value.Params, emit func() int) bool {
	groups := m.groupPaths(events, states, func() (string, bool) {
		v, pres, known := params().Lookup(paramGrantType)
		return v, pres == value.Present && known
	})
	if len(groups) < 2 {
		return false
	}
	for _, g := range groups {
		m.withPath(events, g.state, func() {
			n := emit()
			for _, t := range m.result.TokenRequests[n:] {
				m.grantOnPath(t, g.conds)
			}
		})
	}
	return true
}

// grantOnPath records the paths a token request is sent on; for the
// password grant chosen by the function's parameters, that its callers
// decide (m.pathGrants, TokenRequestFact.PasswordWhen).
func (m *model) grantOnPath(t *TokenRequest, conds [][]pathCond) {
	if common := commonConds(conds); len(conds) > 1 && len(common) > 0 {
		// The same grant whichever way the other branches go (if scope
		// != "" { … }): only the conditions every path shares choose it.
		conds = [][]pathCond{common}
	}
	if len(conds) == 1 {
		t.Path = describe(conds[0])
	}
	if !t.GrantType.Known || t.GrantType.Value != GrantPassword && t.GrantType.Value != GrantPasswordRealm {
		return
	}
	decl, ok := t.Func.(*ast.FuncDecl)
	if !ok {
		return
	}
	fn, ok := m.info.Defs[decl.Name].(*types.Func)
	if !ok {
		return
	}
	var found []PathGrant
	for _, cs := range conds {
		gc, ok := m.paramConds(decl, cs)
		if !ok {
			return // some path to it is chosen by something else: reported here
		}
		found = append(found, PathGrant{Conds: gc, Path: describe(cs)})
	}
	t.CallerDecides = true
	m.pathGrants[fn] = append(m.pathGrants[fn], found...)
}

// commonConds returns the conditions that every one of sets holds.
func commonConds(sets [][]pathCond) []pathCond {
	var out []pathCond
	for _, c := range sets[0] {
		all := true
		for _, s := range sets[1:] {
			found := false
			for _, d := range s {
				if d.expr == c.expr && d.taken == c.taken && d.tag == c.tag {
					found = true
				}
			}
			all = all && found
		}
		if all {
			out = append(out, c)
		}
	}
	return out
}

// paramConds turns the conditions of a path into conditions on the
// parameters of decl, or reports false when one of them is not such a
// condition (or the path has none).
func (m *model) paramConds(decl *ast.FuncDecl, conds []pathCond) ([]GrantCond, bool) {
	var out []GrantCond
	for _, c := range conds {
		if c.fixed {
			continue // a constant of the program
		}
		if c.tag != nil {
			// switch tag { case value: }: only the case taken is recorded.
			p, field, ok := m.paramRef(decl, c.tag)
			v, okv := m.constValue(c.expr)
			if !ok || !okv || !c.taken {
				return nil, false
			}
			out = append(out, GrantCond{Param: p, Field: field, Op: "==", Value: v})
			continue
		}
		e, taken := ast.Unparen(c.expr), c.taken
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			e, taken = ast.Unparen(u.X), !taken
		}
		if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			x, y := b.X, b.Y
			if _, ok := m.constValue(x); ok {
				x, y = y, x
			}
			p, field, ok := m.paramRef(decl, x)
			v, okv := m.constValue(y)
			if !ok || !okv {
				return nil, false
			}
			op := "=="
			if (b.Op == token.EQL) != taken {
				op = "!="
			}
			out = append(out, GrantCond{Param: p, Field: field, Op: op, Value: v})
			continue
		}
		p, field, ok := m.paramRef(decl, e)
		if !ok {
			return nil, false
		}
		if t, ok := underlying(m.info, e).(*types.Basic); !ok || t.Info()&types.IsBoolean == 0 {
			return nil, false
		}
		op := "true"
		if !taken {
			op = "false"
		}
		out = append(out, GrantCond{Param: p, Field: field, Op: op})
	}
	return out, len(out) > 0
}

// paramRef reports whether e is a parameter of decl, never assigned, or
// a field of one (opts.Mode), and which.
func (m *model) paramRef(decl *ast.FuncDecl, e ast.Expr) (int, string, bool) {
	field := ""
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		f, ok := m.info.Uses[sel.Sel].(*types.Var)
		if !ok || !f.IsField() {
			return 0, "", false
		}
		field, e = f.Name(), sel.X
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return 0, "", false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || len(m.defs[v]) > 0 || m.addrTaken[v] {
		return 0, "", false
	}
	i := 0
	for _, f := range decl.Type.Params.List {
		if len(f.Names) == 0 {
			i++
			continue
		}
		for _, n := range f.Names {
			i++
			if m.info.Defs[n] == v {
				if _, variadic := f.Type.(*ast.Ellipsis); variadic {
					return 0, "", false
				}
				return i, field, true
			}
		}
	}
	return 0, "", false
}

func (m *model) constValue(e ast.Expr) (string, bool) {
	tv, ok := m.info.Types[e]
	if !ok || tv.Value == nil {
		return "", false
	}
	return tv.Value.ExactString(), true
}

// pathGrantCall turns a call of a function that sends the password grant
// on a path its parameters choose into a token request, when the call's
// constant arguments choose that path.
func (m *model) pathGrantCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	paths := m.pathGrants[fn]
	if paths == nil && fn.Pkg() != m.pass.Pkg {
		f := new(TokenRequestFact)
		if m.pass.ImportObjectFact(fn, f) {
			paths = f.PasswordWhen
		}
	}
	for _, pg := range paths {
		if !m.condsHold(call, pg.Conds) {
			continue
		}
		m.result.TokenRequests = append(m.result.TokenRequests, &TokenRequest{
			Node:      call,
			Route:     RouteHelper,
			Func:      enclosingFunc(cur),
			GrantType: Param{Presence: value.Present, Value: GrantPassword, Known: true, Node: call},
			Verifier:  Param{Presence: value.Unknown},
			Helper:    fn,
			Path:      pg.Path,
		})
		return true
	}
	return len(paths) > 0
}

// condsHold reports whether the call's arguments make every condition
// true; an argument that is not a constant makes it unknown (false).
func (m *model) condsHold(call *ast.CallExpr, conds []GrantCond) bool {
	for _, c := range conds {
		if c.Param < 1 || c.Param > len(call.Args) || call.Ellipsis.IsValid() {
			return false
		}
		arg := call.Args[c.Param-1]
		var val constant.Value
		if c.Field == "" {
			tv, ok := m.info.Types[arg]
			if !ok || tv.Value == nil {
				return false
			}
			val = tv.Value
		} else {
			v, ok := m.fieldConstant(arg, c.Field)
			if !ok {
				return false
			}
			val = v
		}
		switch c.Op {
		case "true", "false":
			if val.Kind() != constant.Bool || constant.BoolVal(val) != (c.Op == "true") {
				return false
			}
		case "==":
			if val.ExactString() != c.Value {
				return false
			}
		case "!=":
			if val.ExactString() == c.Value {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// fieldConstant returns the constant value of field name in the struct
// literal arg denotes (Options{Mode: "password"}, or a local variable
// with that one assignment): the zero value when the literal leaves it
// out.
func (m *model) fieldConstant(arg ast.Expr, name string) (constant.Value, bool) {
	lit := m.literalOf(arg)
	if lit == nil {
		return nil, false
	}
	if v := m.localVar(arg); v != nil && (m.addrTaken[v] || len(m.defs[v]) != 1) {
		return nil, false
	}
	st, ok := underlying(m.info, lit).(*types.Struct)
	if !ok {
		return nil, false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false // positional: not followed
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
			tv, ok := m.info.Types[kv.Value]
			if !ok || tv.Value == nil {
				return nil, false
			}
			return tv.Value, true
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == name {
			b, ok := f.Type().Underlying().(*types.Basic)
			switch {
			case !ok:
				return nil, false
			case b.Info()&types.IsString != 0:
				return constant.MakeString(""), true
			case b.Info()&types.IsBoolean != 0:
				return constant.MakeBool(false), true
			case b.Info()&types.IsNumeric != 0:
				return constant.MakeInt64(0), true
			}
			return nil, false
		}
	}
	return nil, false
}
