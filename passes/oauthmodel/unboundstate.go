package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// UnboundStateCheck is a callback whose state check is a lookup in a
// store every browser shares (a map of the server, sync.Map, Redis), with
// nothing in the callback read from this browser (no cookie, no session,
// no value a middleware put in the request's context). The state is
// unguessable and checked, but not bound to the user agent (RFC 6749
// §10.12): an attacker starts a login, stops at the callback with their
// own code and a state the store holds, and sends that link to the victim,
// whose browser passes the check and is logged in to the attacker's
// account (login CSRF). A PKCE verifier kept under the same key does not
// help: it is the attacker's.
type UnboundStateCheck struct {
	Node     ast.Node      // the lookup: states[state], rdb.Get(ctx, "state:"+state)
	Store    ast.Expr      // the store: states, s.rdb
	Exchange *TokenRequest // the exchange the check guards
}

// unboundState looks, in the handler that reads the state before the
// exchange t (and the functions of this package it hands the state to),
// for a lookup of the request's state in a shared store, and records it
// when nothing the handler does reads anything of this browser's. A
// program that listens on loopback only is one user's: its store is that
// user's, and is left alone.
func (m *model) unboundState(t *TokenRequest, handler ast.Node) {
	sig := m.result.Signals
	if sig.LoopbackListen != nil && sig.PublicListen == nil {
		return
	}
	hcur, ok := m.in.Root().FindNode(handler)
	if !ok {
		return
	}
	node, store := m.sharedLookup(hcur, nil)
	if node == nil {
		// verify(state): a function of this package handed the state.
		for c := range hcur.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok || call.Ellipsis.IsValid() {
				continue
			}
			fcur, ok := m.funcDecls[fn.Origin()]
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			bound := make(map[*types.Var]bool)
			for i, a := range call.Args {
				if i < sig.Params().Len() && m.stateKey(a, nil, 0) {
					if p := sig.Params().At(i); len(m.defs[p]) == 0 {
						bound[p] = true
					}
				}
			}
			if len(bound) > 0 {
				if node, store = m.sharedLookup(fcur, bound); node != nil {
					break
				}
			}
		}
	}
	if node == nil || m.mayReadBrowser(handler, 0, make(map[ast.Node]bool)) {
		return
	}
	m.result.UnboundStateChecks = append(m.result.UnboundStateChecks, UnboundStateCheck{Node: node, Store: store, Exchange: t})
}

// sharedLookup finds in fcur a lookup keyed by the request's state (or a
// parameter in bound holding it) in a shared store: an index of a map
// that is a package variable or a field, or a method of sync.Map or of a
// key-value store or database client (keepers) called on one.
func (m *model) sharedLookup(fcur inspector.Cursor, bound map[*types.Var]bool) (ast.Node, ast.Expr) {
	for c := range fcur.Preorder((*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)) {
		switch x := c.Node().(type) {
		case *ast.IndexExpr:
			if _, isMap := typeUnder(m.info.TypeOf(x.X)).(*types.Map); isMap && m.sharedValue(x.X) && m.stateKey(x.Index, bound, 0) {
				return x, x.X
			}
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(m.info, x).(*types.Func)
			if !ok || fn.Pkg() == nil || fn.Signature().Recv() == nil {
				continue
			}
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok || !m.sharedValue(sel.X) || !sharedStorePkg(trimVendor(fn.Pkg().Path())) {
				continue
			}
			for _, a := range x.Args {
				if m.stateKey(a, bound, 0) {
					return x, sel.X
				}
			}
		}
	}
	return nil, nil
}

// sharedStorePkg reports whether a method of the package at path keeps
// values for every request alike: sync.Map, a key-value store or
// database client.
func sharedStorePkg(path string) bool {
	if path == "sync" {
		return true
	}
	for _, k := range sharedStores {
		if path == k || strings.HasPrefix(path, k+"/") {
			return true
		}
	}
	return false
}

// sharedValue reports whether e is a value every request sees: a package
// variable, or a field (of the server, of a package variable).
func (m *model) sharedValue(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.info.Uses[x].(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.SelectorExpr:
		if s, ok := m.info.Selections[x]; ok {
			return s.Kind() == types.FieldVal
		}
		// pkg.Var
		v, ok := m.info.Uses[x.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.StarExpr:
		return m.sharedValue(x.X)
	}
	return false
}

// stateKey reports whether e is the request's state, or a key made of it
// ("oauth_state:" + state, fmt.Sprintf("state:%s", state)).
func (m *model) stateKey(e ast.Expr, bound map[*types.Var]bool, depth int) bool {
	if depth > maxDepth {
		return false
	}
	if m.requestState(e, bound) {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		return x.Op == token.ADD && (m.stateKey(x.X, bound, depth+1) || m.stateKey(x.Y, bound, depth+1))
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok && funcName(fn) == "fmt.Sprintf" {
			for _, a := range x.Args[1:] {
				if m.stateKey(a, bound, depth+1) {
					return true
				}
			}
		}
	case *ast.Ident:
		if d, ok := m.singleDef(m.varOf(x)); ok && d.rhs != nil && d.tuple < 0 {
			return m.stateKey(d.rhs, bound, depth+1)
		}
	}
	return false
}

// mayReadBrowser reports whether fn, a callback handler, or a function of
// this package it calls, may read something bound to this browser: a
// cookie, a session, a value a middleware put in the request's context,
// the Authorization header; or hands the request (or its context) to
// code of another package that may (anything but the standard library's
// HTTP, logging and formatting, the OAuth client libraries and the shared
// stores).
func (m *model) mayReadBrowser(fn ast.Node, depth int, seen map[ast.Node]bool) bool {
	if depth > 2 {
		return true
	}
	if seen[fn] {
		return false
	}
	seen[fn] = true
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := typeutil.Callee(m.info, call)
		f, _ := callee.(*types.Func)
		if f == nil {
			if _, builtin := callee.(*types.Builtin); builtin {
				return true
			}
			if _, conv := m.info.Types[call.Fun]; conv && m.info.Types[call.Fun].IsType() {
				return true
			}
			for _, a := range call.Args {
				if m.carriesRequest(a) || isNamed(m.info.TypeOf(a), "context", "Context") {
					found = true // a function value handed the request
					return false
				}
			}
			return true
		}
		if browserRead(f, m.constString(firstArg(call))) {
			found = true
			return false
		}
		f = f.Origin()
		if f.Pkg() == m.pass.Pkg {
			if cur, ok := m.funcDecls[f]; ok {
				found = m.mayReadBrowser(cur.Node(), depth+1, seen)
				return !found
			}
		}
		if f.Pkg() == nil {
			return true
		}
		path := trimVendor(f.Pkg().Path())
		if stateReadingSafe[path] && path != "github.com/gorilla/sessions" || path == "encoding/json" || isOAuth2Path(path) || isOIDCPath(path) || sharedStorePkg(path) || webFramework(path) != "" {
			return true
		}
		method := f.Signature().Recv() != nil
		for _, a := range call.Args {
			// A context.Context handed to a method (a store's, a
			// client's) is for cancellation; to a function
			// (auth.UserFrom(ctx)), it may be read.
			if m.carriesRequest(a) || !method && isNamed(m.info.TypeOf(a), "context", "Context") {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// carriesRequest reports whether a is the request or a web framework's
// context.
func (m *model) carriesRequest(a ast.Expr) bool {
	t := m.info.TypeOf(a)
	return t != nil && m.isRequestType(t) && !isNamed(t, "net/url", "Values") && !isNamed(t, "net/url", "URL")
}

// browserRead reports whether a call of f reads something of the browser
// that sent the request: a cookie (net/http's Request.Cookie, a web
// framework's Cookie method), a session (a package whose path names
// sessions or secure cookies), a context value (context.Context.Value,
// a framework context's Get or Locals), or the Cookie or Authorization
// header (arg is the call's first constant argument).
func browserRead(f *types.Func, arg string) bool {
	if f.Pkg() == nil {
		return false
	}
	path := trimVendor(f.Pkg().Path())
	if strings.Contains(path, "session") || strings.Contains(path, "securecookie") {
		return true
	}
	name := f.Name()
	if strings.Contains(name, "Cookie") && f.Signature().Recv() != nil && name != "SetCookie" {
		return true
	}
	switch {
	case path == "context" && name == "Value":
		return true
	case webFramework(path) != "" && f.Signature().Recv() != nil && (name == "Get" || name == "MustGet" || name == "Value" || name == "Locals" || name == "GetString"):
		return true
	case name == "Get" && (arg == "Cookie" || strings.EqualFold(arg, "Authorization")):
		return true // r.Header.Get("Cookie")
	}
	return false
}

// firstArg is call's first argument, nil without one.
func firstArg(call *ast.CallExpr) ast.Expr {
	if len(call.Args) == 0 {
		return nil
	}
	return call.Args[0]
}

// typeUnder is t's underlying type, nil for nil.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
