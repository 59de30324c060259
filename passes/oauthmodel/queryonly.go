package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// A URL whose base is one of several constants. An SDK picks the endpoint
// by the message's audience (sendURL = sendURLByTag on one path,
// sendURLByOpenID on another, or a helper that returns one of them) and
// appends ?access_token=: the host is not one known string, but every
// value it can take is. When all of them are hosts of the same kind of
// query-only API, the URL goes to that API. A value that may come from
// anywhere else (a parameter, a field, a call we cannot read) leaves the
// host unknown. The empty string, the zero value a variable starts with
// before a branch picks the URL, reaches no host and is not counted.

// maxAlternatives bounds the values followed for one URL base.
const maxAlternatives = 16

// queryOnlyAlternatives names the query-only API the URL built by root
// goes to when its base is one of several constants, all of them listed
// hosts of that API; "" otherwise.
func (m *model) queryOnlyAlternatives(root ast.Expr) string {
	base := m.urlBase(root, 0)
	if base == nil {
		return ""
	}
	vals, ok := m.alternativesOf(base, 0)
	if !ok {
		return ""
	}
	api := ""
	for _, v := range vals {
		if v == "" {
			continue
		}
		name := queryOnlyAPI(v)
		if name == "" || api != "" && name != api {
			return ""
		}
		api = name
	}
	return api
}

// urlBase is the expression a URL's text starts with: the left operand of
// a concatenation, or the first argument of a Sprintf whose format starts
// with a verb; or a call or variable that is the whole base.
func (m *model) urlBase(e ast.Expr, depth int) ast.Expr {
	if depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return m.urlBase(x.X, depth+1)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return nil
		}
		if funcName(fn) != "fmt.Sprintf" {
			return x // endpointFor(kind) + "?access_token=" + token
		}
		if len(x.Args) < 2 {
			return nil
		}
		format := m.str(x.Args[0], nil)
		if !value.Known(format) || !(strings.HasPrefix(format, "%s") || strings.HasPrefix(format, "%v")) {
			return nil
		}
		return x.Args[1]
	case *ast.Ident, *ast.SelectorExpr:
		return x
	}
	return nil
}

// alternativesOf lists the constant strings e may be: a constant, a
// variable whose every assignment is one (or the zero value of its
// declaration), or a call of a function of this package whose every
// return gives one in that position.
func (m *model) alternativesOf(e ast.Expr, depth int) ([]string, bool) {
	if depth > maxDepth {
		return nil, false
	}
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return nil, false
		}
		return []string{constant.StringVal(tv.Value)}, true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || m.addrTaken[v] || v.Parent() == nil || v.Pkg() != m.pass.Pkg || v.Parent() == v.Pkg().Scope() {
			return nil, false // unknown, or package-level (may be set anywhere)
		}
		defs := m.defs[v]
		if len(defs) == 0 {
			return nil, false // a parameter
		}
		var out []string
		for _, d := range defs {
			var vals []string
			var ok bool
			switch {
			case d.rhs == nil && d.op == token.VAR:
				vals, ok = []string{""}, true // var s string
			case d.rhs == nil:
				return nil, false
			case d.tuple >= 0:
				call, isCall := ast.Unparen(d.rhs).(*ast.CallExpr)
				if !isCall {
					return nil, false
				}
				vals, ok = m.resultAlternatives(call, d.tuple, depth+1)
			case d.op == token.ASSIGN || d.op == token.DEFINE || d.op == token.VAR:
				vals, ok = m.alternativesOf(d.rhs, depth+1)
			}
			if !ok {
				return nil, false
			}
			out = append(out, vals...)
			if len(out) > maxAlternatives {
				return nil, false
			}
		}
		return out, len(out) > 0
	case *ast.CallExpr:
		return m.resultAlternatives(x, 0, depth+1)
	}
	return nil, false
}

// resultAlternatives lists the constant strings the i-th result of call
// may be, when the callee is a function or method of this package whose
// every return statement gives one there.
func (m *model) resultAlternatives(call *ast.CallExpr, i int, depth int) ([]string, bool) {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || depth > maxDepth {
		return nil, false
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return nil, false
	}
	n := fn.Signature().Results().Len()
	if i >= n {
		return nil, false
	}
	var out []string
	for c := range cur.Preorder((*ast.ReturnStmt)(nil), (*ast.FuncLit)(nil)) {
		ret, ok := c.Node().(*ast.ReturnStmt)
		if !ok || enclosingFunc(c) != cur.Node() {
			continue
		}
		if len(ret.Results) != n {
			return nil, false // a bare return of named results, or return f()
		}
		vals, ok := m.alternativesOf(ret.Results[i], depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, vals...)
		if len(out) > maxAlternatives {
			return nil, false
		}
	}
	return out, len(out) > 0
}
