package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A handler that reads the refresh token from the URL's query
// (r.URL.Query().Get("refresh_token"), gin's c.Query("refresh_token")) is
// a token endpoint by GET: every client that refreshes puts its refresh
// token in a URL, which servers, proxies and browsers log. The decision
// is the TokenByGet one that go-oauth2's AllowGetAccessRequest makes.

// queryRefresh records the TokenByGet decision of a hand-written server
// whose handler reads knowledge.QueryTokenParam from the URL's query.
func (m *model) queryRefresh() {
	if handBuiltExempt(m.pass.Pkg) || m.lib(m.pass.Pkg).lib != nil {
		return
	}
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) == 0 || m.constString(call.Args[0]) != knowledge.QueryTokenParam || m.inTest(call) || !m.queryRead(call) {
			continue
		}
		fn := enclosingFunc(cur)
		if fn == nil || !m.answersHTTP(fn) {
			continue
		}
		sc := m.handBuiltConfig(fn)
		if sc.Decisions[knowledge.TokenByGet].Status == knowledge.Allowed {
			return
		}
		why := fmt.Sprintf("a handler reads the request's %s from the URL's query (in %s, at %s)", knowledge.QueryTokenParam, funcLabel(fn), m.shortPos(call))
		sc.Decisions[knowledge.TokenByGet] = ServerDecision{Status: knowledge.Allowed, Node: call, Why: why}
		return
	}
}

// queryRead reports whether call reads a parameter of the served URL's
// query alone: Get on the url.Values of a *http.Request's URL.Query()
// (directly or through a local assigned once), or a web framework's
// query method (knowledge.HandBuilt.QueryReaders).
func (m *model) queryRead(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if webFramework(fn.Pkg().Path()) != "" {
		return slices.Contains(knowledge.HandBuilt.QueryReaders, fn.Name()) && stringMethod(fn)
	}
	if funcName(fn) != "(net/url.Values).Get" {
		return false
	}
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok {
		d, ok := m.singleDef(m.varOf(id))
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return false
		}
		x = ast.Unparen(d.rhs)
	}
	q, ok := x.(*ast.CallExpr)
	if !ok {
		return false
	}
	qf, ok := typeutil.Callee(m.info, q).(*types.Func)
	if !ok || funcName(qf) != "(*net/url.URL).Query" {
		return false
	}
	u, ok := ast.Unparen(q.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	us, ok := ast.Unparen(u.X).(*ast.SelectorExpr) // r.URL
	if !ok || us.Sel.Name != "URL" {
		return false
	}
	t := m.info.TypeOf(us.X)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, "net/http", "Request")
}
