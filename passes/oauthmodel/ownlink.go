package oauthmodel

import (
	"go/ast"
	"go/constant"
	"strings"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// An authorization server often prints or renders a sample link to its
// own authorization endpoint ("Start here: http://localhost:8080/authorize
// ?response_type=code&…"), for a person trying it out. The link is an
// authorization request, but no client of this program sends it: the
// program is the server that answers it.

// ownAuthorizeLink reports whether base, the URL an authorization
// request is built on, is this program's own authorization endpoint: a
// loopback host, and a path that a route of this package serves with a
// handler that reads an authorization request (the response_type or
// client_id of the request it serves).
func (m *model) ownAuthorizeLink(base Param) bool {
	if base.Presence != value.Present || !base.Known {
		return false
	}
	rest, ok := strings.CutPrefix(base.Value, "http://")
	if !ok {
		rest, ok = strings.CutPrefix(base.Value, "https://")
	}
	if !ok {
		return false
	}
	hostport, path, _ := strings.Cut(rest, "/")
	host, hasPort := splitHost(hostport)
	if !hasPort {
		host = hostport
	}
	if !isLoopbackHost(host) || path == "" {
		return false
	}
	path = "/" + path
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) < 2 || !m.routesPath(call.Args[0], path) {
			continue
		}
		for _, h := range call.Args[1:] {
			if fn := m.handlerBody(h); fn != nil && (m.readsServedParam(fn, paramResponseType) || m.readsServedParam(fn, paramClientID)) {
				return true
			}
		}
	}
	return false
}

// routesPath reports whether e, a route's pattern, is the constant path
// (http.ServeMux's "GET /authorize" form included).
func (m *model) routesPath(e ast.Expr, path string) bool {
	tv, ok := m.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	s := constant.StringVal(tv.Value)
	if _, after, ok := strings.Cut(s, " "); ok {
		s = strings.TrimSpace(after)
	}
	return s == path
}

// handlerBody is the function a route's handler argument names: a
// function literal, or a function or method of this package.
func (m *model) handlerBody(e ast.Expr) ast.Node {
	if lit, ok := ast.Unparen(e).(*ast.FuncLit); ok {
		return lit
	}
	fn := m.funcValue(e)
	if fn == nil {
		return nil
	}
	if cur, ok := m.funcDecls[fn.Origin()]; ok {
		return cur.Node()
	}
	return nil
}
