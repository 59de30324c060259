package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A library whose default redirect check is loose (go-oauth2's host
// suffix, osin's path prefix) decides nothing when the program checks
// the requested redirect_uri exactly before it hands the request to the
// library, and refuses it otherwise:
//
//	uri := r.Form.Get("redirect_uri")
//	if !registered[uri] { http.Error(w, "invalid redirect_uri", 400); return }
//	…
//	srv.HandleAuthorizeRequest(w, r)
//
// exactRedirectGate forbids the LooseRedirect decision of the library's
// servers and managers in the package when every call of one of its
// authorization methods here follows, in its function, such a check at
// the top level of the function's body: an if that returns when the
// requested URI is not a key of a map (!set[uri], _, ok := set[uri]; !ok),
// not an element of a list (!slices.Contains(list, uri)), or not equal to
// a value (uri != registered) that is not the request's own.
func (m *model) exactRedirectGate(anchors []*anchorUse) {
	libs := make(map[*knowledge.Server]bool)
	for _, u := range anchors {
		if u.sc != nil && u.sc.Decisions[knowledge.LooseRedirect].Status == knowledge.Allowed && len(u.lib.RedirectReaders) > 0 {
			libs[u.lib] = true
		}
	}
	for lib := range libs {
		check, fn := m.exactBeforeAuthorize(lib)
		if check == nil {
			continue
		}
		for _, u := range anchors {
			if u.lib != lib || u.sc == nil {
				continue
			}
			if d := &u.sc.Decisions[knowledge.LooseRedirect]; d.Status == knowledge.Allowed {
				*d = ServerDecision{Status: knowledge.Forbidden, Node: check,
					Why: "the authorization endpoint (" + funcLabel(fn) + ") refuses a redirect_uri that is not exactly a registered one before the library sees it"}
			}
		}
	}
}

// exactBeforeAuthorize returns the first exact check, and its function,
// when every call of lib's authorization methods in the package follows
// one; nil when a call does not, or there is none.
func (m *model) exactBeforeAuthorize(lib *knowledge.Server) (ast.Node, ast.Node) {
	var first, firstFn ast.Node
	for _, cur := range m.serverCalls { // collect's calls of the libraries
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || !slices.ContainsFunc(lib.RedirectReaders, func(f knowledge.Func) bool { return m.libFunc(fn.Origin(), f) }) {
			continue
		}
		if m.inTest(call) {
			continue
		}
		check, encl := m.exactCheckBefore(cur)
		if check == nil {
			return nil, nil
		}
		if first == nil {
			first, firstFn = check, encl
		}
	}
	return first, firstFn
}

// exactCheckBefore finds, in the function around the call at cur, a
// top-level if before the statement holding the call that returns when
// the requested redirect URI is not exactly an accepted one.
func (m *model) exactCheckBefore(cur inspector.Cursor) (ast.Node, ast.Node) {
	fn := enclosingFunc(cur)
	body := funcBody(fn)
	if body == nil {
		return nil, nil
	}
	pos := cur.Node().Pos()
	for i, s := range body.List {
		if s.Pos() > pos {
			break
		}
		ifs, ok := s.(*ast.IfStmt)
		if !ok || len(ifs.Body.List) == 0 {
			continue
		}
		if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ok {
			continue
		}
		var init ast.Stmt
		if ifs.Init != nil {
			init = ifs.Init
		} else if i > 0 {
			init = body.List[i-1]
		}
		if m.notExact(ifs.Cond, init) {
			return ifs, fn
		}
	}
	return nil, nil
}

// notExact reports whether cond holds when the requested redirect URI is
// not exactly an accepted value, alone or as an operand of ||. init is
// the statement before the condition (for _, ok := set[uri]).
func (m *model) notExact(cond ast.Expr, init ast.Stmt) bool {
	requested := func(e ast.Expr) bool {
		return m.requestRead(e, "redirect_uri", 0) != nil
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR:
			return m.notExact(c.X, init) || m.notExact(c.Y, init)
		case token.NEQ:
			return requested(c.X) && !requested(c.Y) || requested(c.Y) && !requested(c.X)
		}
	case *ast.UnaryExpr:
		if c.Op != token.NOT {
			return false
		}
		switch x := ast.Unparen(c.X).(type) {
		case *ast.IndexExpr: // !registered[uri]
			if t := m.info.TypeOf(x.X); t != nil {
				if _, ok := t.Underlying().(*types.Map); ok {
					return requested(x.Index)
				}
			}
		case *ast.CallExpr: // !slices.Contains(list, uri)
			if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "slices" && fn.Name() == "Contains" && len(x.Args) == 2 {
				return requested(x.Args[1])
			}
		case *ast.Ident: // _, ok := registered[uri]; !ok
			as, ok := init.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
				return false
			}
			okID, _ := as.Lhs[1].(*ast.Ident)
			ix, _ := ast.Unparen(as.Rhs[0]).(*ast.IndexExpr)
			if okID == nil || ix == nil || m.info.ObjectOf(okID) == nil || m.info.ObjectOf(okID) != m.info.Uses[x] {
				return false
			}
			return requested(ix.Index)
		}
	}
	return false
}
