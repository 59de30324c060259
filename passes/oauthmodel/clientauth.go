package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A token endpoint that refuses every request without client credentials
// has no public clients (RFC 6749 §2.1, §3.2.1): "public clients may skip
// PKCE" says nothing about it. authenticatesClients recognises the
// endpoint that authenticates before anything else it does, whatever the
// grant: its body, unconditionally, reads the client's credentials and
// answers a request without them by returning,
//
//	id, secret, ok := r.BasicAuth()
//	if !ok { http.Error(w, "invalid_client", 401); return }
//
// or reads client_secret from the request and returns when it is empty,
// or calls a function of the package that does so and returns when it
// fails (client, err := s.authClient(r); if err != nil { …; return }).

// authenticatesClients reports whether the function fn refuses every call
// without client credentials. The server's "no PKCE" is then the
// decision for confidential clients (knowledge.PKCEAll), reported with
// -pkce.confidential.
func (m *model) authenticatesClients(fn ast.Node, depth int) bool {
	body := funcBody(fn)
	if body == nil || depth > 2 {
		return false
	}
	for i, s := range body.List {
		if ifs, ok := s.(*ast.IfStmt); ok && m.refusesUnlessSecret(ifs) {
			return true // if !clients.Valid(in.ClientID, in.ClientSecret) { …; return }
		}
		as, ok := s.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		rest := body.List[i+1:]
		call, _ := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if call == nil {
			if len(as.Lhs) == 1 && m.requestRead(as.Rhs[0], "client_secret", 0) != nil && m.refusedWhen(rest, as.Lhs[0], token.EQL) {
				return true // secret := r.PostFormValue("client_secret"); if secret == "" { return }
			}
			continue
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		if fn == nil {
			continue
		}
		switch {
		case isMethod(fn, "net/http", "Request", "BasicAuth") && len(as.Lhs) == 3:
			if m.refusedWhen(rest, as.Lhs[2], token.NOT) {
				return true
			}
		case len(as.Lhs) == 1 && m.requestRead(call, "client_secret", 0) != nil:
			if m.refusedWhen(rest, as.Lhs[0], token.EQL) {
				return true
			}
		case m.handsSecret(call) && isErrorType(m.info.TypeOf(as.Lhs[len(as.Lhs)-1])):
			if m.refusedWhen(rest, as.Lhs[len(as.Lhs)-1], token.NEQ) {
				return true // err := store.Authenticate(id, r.PostFormValue("client_secret")); if err != nil { return }
			}
		case fn.Pkg() == m.pass.Pkg && len(as.Lhs) >= 1:
			cur, ok := m.funcDecls[fn.Origin()]
			if !ok || !isErrorType(m.info.TypeOf(as.Lhs[len(as.Lhs)-1])) {
				continue
			}
			if m.refusedWhen(rest, as.Lhs[len(as.Lhs)-1], token.NEQ) && m.authenticatesClients(cur.Node(), depth+1) {
				return true
			}
		}
	}
	return false
}

// refusesUnlessSecret reports whether ifs returns unless the request's
// client_secret passes: a call handed it says yes (if !ok(…, secret, …)
// { return }), or it equals a value that is not a constant (if
// stored.Secret != in.ClientSecret { return }), alone or as an operand
// of ||.
func (m *model) refusesUnlessSecret(ifs *ast.IfStmt) bool {
	if len(ifs.Body.List) == 0 {
		return false
	}
	if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); !ok {
		return false
	}
	if ifs.Init != nil {
		// if err := clients.Authenticate(id, secret); err != nil { return }
		if as, ok := ifs.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			last := as.Lhs[len(as.Lhs)-1]
			if ok && m.handsSecret(call) && isErrorType(m.info.TypeOf(last)) &&
				m.refusedWhen([]ast.Stmt{&ast.IfStmt{Cond: ifs.Cond, Body: ifs.Body}}, last, token.NEQ) {
				return true
			}
		}
		// if stored, ok := secrets[id]; !ok { return } else if … : the
		// else-if may be the check.
		if next, ok := ifs.Else.(*ast.IfStmt); ok {
			return m.refusesUnlessSecret(next)
		}
		return false
	}
	var fails func(e ast.Expr) bool
	fails = func(e ast.Expr) bool {
		switch c := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			call, ok := ast.Unparen(c.X).(*ast.CallExpr)
			return c.Op == token.NOT && ok && m.handsSecret(call)
		case *ast.BinaryExpr:
			switch c.Op {
			case token.LOR:
				return fails(c.X) || fails(c.Y)
			case token.NEQ:
				// Compared with the stored secret: an empty one (a
				// public client's) would pass unless the binding
				// requires a secret.
				secret := func(x, other ast.Expr) bool {
					_, isConst := m.constStr(other)
					return !isConst && m.requiredSecret(x)
				}
				return secret(c.X, c.Y) || secret(c.Y, c.X) || m.comparesSecret(c)
			case token.EQL:
				return m.comparesSecret(c) // subtle.ConstantTimeCompare(stored, in) == 0
			}
		}
		return false
	}
	if fails(ifs.Cond) {
		return true
	}
	// if err != nil { …; return } else if stored.Secret != in.ClientSecret
	// { …; return }: the else-if runs on every path that goes on.
	if next, ok := ifs.Else.(*ast.IfStmt); ok {
		return m.refusesUnlessSecret(next)
	}
	return false
}

// branchHandler is the function of the package that the dispatch branch
// around n (a case's value, a comparison) hands the request to first
// (case "authorization_code": tokenAuthorizationCode(c); return), nil
// when it calls none.
func (m *model) branchHandler(n ast.Node) ast.Node {
	cur, ok := m.in.Root().FindNode(n)
	if !ok {
		return nil
	}
	// A table keyed by the value: {"authorization_code": c.codeGrant}.
	if kv, ok := cur.Parent().Node().(*ast.KeyValueExpr); ok && kv.Key == n {
		var obj types.Object
		switch v := ast.Unparen(kv.Value).(type) {
		case *ast.Ident:
			obj = m.info.Uses[v]
		case *ast.SelectorExpr:
			obj = m.info.Uses[v.Sel]
		}
		if fn, ok := obj.(*types.Func); ok {
			if d, ok := m.funcDecls[fn.Origin()]; ok {
				return d.Node()
			}
		}
		return nil
	}
	var body []ast.Stmt
	for c := range cur.Enclosing((*ast.CaseClause)(nil), (*ast.IfStmt)(nil)) {
		if cc, ok := c.Node().(*ast.CaseClause); ok {
			body = cc.Body
		} else {
			body = c.Node().(*ast.IfStmt).Body.List
		}
		break // the innermost
	}
	for _, s := range body {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
			if d, ok := m.funcDecls[fn.Origin()]; ok {
				return d.Node()
			}
		}
		return nil
	}
	return nil
}

// requiredSecret reports whether e is a bound struct's field tagged
// client_secret that the binding requires (`binding:"required"`, or
// `validate:"required"`): no request without a secret gets past it.
func (m *model) requiredSecret(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if f, _, _ := m.boundField(sel, func(name string) bool { return name == "client_secret" }); f == nil {
		return false
	}
	tag := reflect.StructTag(fieldTag(m.info.Selections[sel]))
	for _, key := range []string{"binding", "validate"} {
		if slices.Contains(strings.Split(tag.Get(key), ","), "required") {
			return true
		}
	}
	return false
}

// handsSecret reports whether one of call's arguments is the request's
// client_secret (a read, or a bound struct's field tagged so).
// comparesSecret reports whether b tests the result of a comparison
// function handed the request's required secret against a constant
// (subtle.ConstantTimeCompare([]byte(stored), []byte(in.Secret)) != 1).
func (m *model) comparesSecret(b *ast.BinaryExpr) bool {
	for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		call, ok := ast.Unparen(pair[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if tv, ok := m.info.Types[pair[1]]; !ok || tv.Value == nil {
			continue
		}
		for _, a := range call.Args {
			if conv, ok := ast.Unparen(a).(*ast.CallExpr); ok && len(conv.Args) == 1 {
				if tv, ok := m.info.Types[conv.Fun]; ok && tv.IsType() {
					a = conv.Args[0] // []byte(in.Secret)
				}
			}
			if m.requiredSecret(a) {
				return true
			}
		}
	}
	return false
}

func (m *model) handsSecret(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if m.requestRead(a, "client_secret", 0) != nil {
			return true
		}
	}
	return false
}

// refusedWhen reports whether one of stmts, at the top level, is an if
// whose body returns when v fails: !v (op NOT), v == "" (op EQL) or
// v != nil (op NEQ), alone or as an operand of ||.
func (m *model) refusedWhen(stmts []ast.Stmt, v ast.Expr, op token.Token) bool {
	id, ok := ast.Unparen(v).(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	obj := m.info.ObjectOf(id)
	if obj == nil {
		return false
	}
	is := func(e ast.Expr) bool {
		x, ok := ast.Unparen(e).(*ast.Ident)
		return ok && m.info.Uses[x] == obj
	}
	var fails func(e ast.Expr) bool
	fails = func(e ast.Expr) bool {
		switch c := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			return op == token.NOT && c.Op == token.NOT && is(c.X)
		case *ast.BinaryExpr:
			switch c.Op {
			case token.LOR:
				return fails(c.X) || fails(c.Y)
			case token.EQL:
				return op == token.EQL && (is(c.X) && m.constString(c.Y) == "" || is(c.Y) && m.constString(c.X) == "")
			case token.NEQ:
				return op == token.NEQ && (is(c.X) && isNil(m.info, c.Y) || is(c.Y) && isNil(m.info, c.X))
			}
		}
		return false
	}
	for _, s := range stmts {
		ifs, ok := s.(*ast.IfStmt)
		if !ok || ifs.Init != nil || len(ifs.Body.List) == 0 {
			continue
		}
		if _, ok := ifs.Body.List[len(ifs.Body.List)-1].(*ast.ReturnStmt); ok && fails(ifs.Cond) {
			return true
		}
	}
	return false
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// isMethod reports whether fn is the method name of pkg's type typ.
func isMethod(fn *types.Func, pkg, typ, name string) bool {
	sig := fn.Signature()
	return fn.Name() == name && sig.Recv() != nil && isNamed(sig.Recv().Type(), pkg, typ)
}

// confidentialOnly says, for a message, that the endpoint fn refuses
// requests without client credentials.
func confidentialOnly(fn ast.Node) string {
	return "; it refuses every request without client credentials (in " + funcLabel(fn) + "), so only confidential clients redeem codes"
}

// funcBody is the body of a function declaration or literal, nil for
// anything else.
func funcBody(fn ast.Node) *ast.BlockStmt {
	switch f := fn.(type) {
	case *ast.FuncDecl:
		return f.Body
	case *ast.FuncLit:
		return f.Body
	}
	return nil
}
