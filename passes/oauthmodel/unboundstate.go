package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
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
	Node     ast.Node      // the lookup: states[state], rdb.Get(ctx, "state:"+state); or the call of another package's function that makes it
	Store    string        // the store: states, s.rdb
	Via      string        // the function of another package that looks the state up, "" when the package does ("svc.Verify at service.go:40")
	Exchange *TokenRequest // the exchange the check guards
	// Sealed is set when the check only opens the state with the
	// server's key (Store names the opener: cipher.AEAD.Open, jwt.Parse):
	// sealedstate.go.
	Sealed bool
}

// StateLookupFact is exported for a function that looks its parameter
// Param up in a store every browser shares, and reads nothing of the
// browser's: the state check of a callback whose handler, in another
// package, hands it the request's state.
type StateLookupFact struct {
	Param int    // 0-based index of the parameter looked up
	Store string // the store, as the code names it
	At    string // where the lookup is: "oauth2_service.go:217"
}

func (*StateLookupFact) AFact() {}

func (f *StateLookupFact) String() string {
	return fmt.Sprintf("looksUpState(arg%d in %s at %s)", f.Param, f.Store, f.At)
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
	node, store := m.lookupIn(hcur, nil, 0)
	via, sealed := "", false
	if node != nil && !within(node, handler) {
		// Looked up in a helper of the package: reported at the
		// handler's call that leads there, the lookup named.
		if top := m.callLeadingTo(hcur, node); top != nil {
			fn, _ := typeutil.Callee(m.info, top).(*types.Func)
			if fn != nil {
				pos := m.pass.Fset.Position(node.Pos())
				via = fmt.Sprintf("%s at %s:%d", shortFuncName(fn), filepath.Base(pos.Filename), pos.Line)
				node = top
			}
		}
	}
	if node == nil {
		node, store, via = m.importedLookup(hcur)
	}
	if node == nil {
		node, store, via = m.sealedState(hcur) // sealedstate.go
		sealed = node != nil
	}
	if node == nil || m.mayReadBrowser(handler, 0, make(map[ast.Node]bool), node, t.Node) {
		return
	}
	if m.stateIsChallenge(hcur) {
		return // the identity server's own challenge, bound to the browser by it (challenge.go)
	}
	m.result.UnboundStateChecks = append(m.result.UnboundStateChecks, UnboundStateCheck{Node: node, Store: store, Via: via, Exchange: t, Sealed: sealed})
}

// lookupIn finds in fcur, or in a function of this package fcur hands
// the state to (verify(state), two calls deep), a lookup of the
// request's state (or of a parameter in bound holding it) in a shared
// store.
func (m *model) lookupIn(fcur inspector.Cursor, bound map[*types.Var]bool, depth int) (ast.Node, string) {
	if node, store := m.sharedLookup(fcur, bound); node != nil {
		return node, types.ExprString(store)
	}
	if depth >= 2 {
		return nil, ""
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || call.Ellipsis.IsValid() {
			continue
		}
		next, ok := m.funcDecls[fn.Origin()]
		if !ok || next.Node() == fcur.Node() {
			continue
		}
		sig := fn.Signature()
		params := make(map[*types.Var]bool)
		for i, a := range call.Args {
			if i < sig.Params().Len() && m.stateKey(a, bound, 0) {
				if p := sig.Params().At(i); len(m.defs[p]) == 0 {
					params[p] = true
				}
			}
		}
		if len(params) > 0 {
			if node, store := m.lookupIn(next, params, depth+1); node != nil {
				return node, store
			}
		}
	}
	return nil, ""
}

// importedLookup finds in the handler at hcur a call that hands the
// request's state to a function of another package with a
// StateLookupFact.
func (m *model) importedLookup(hcur inspector.Cursor) (ast.Node, string, string) {
	for c := range hcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
			continue
		}
		var f StateLookupFact
		if !m.pass.ImportObjectFact(fn.Origin(), &f) || f.Param >= len(call.Args) || !m.requestState(call.Args[f.Param], nil) {
			continue
		}
		return call, f.Store, fmt.Sprintf("%s.%s at %s", fn.Pkg().Name(), fn.Name(), f.At)
	}
	return nil, "", ""
}

// exportStateLookups exports a StateLookupFact for each exported function
// of the package that looks a string parameter up in a shared store
// (itself, or through the package's functions it hands it to) and reads
// nothing of the browser's.
func (m *model) exportStateLookups() {
	var lookups map[*types.Func]*StateLookupFact
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || m.inTest(cur.Node()) {
			continue
		}
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			p := sig.Params().At(i)
			if !keyParam(sig, i) || len(m.defs[p]) > 0 {
				continue
			}
			node, store := m.lookupIn(cur, map[*types.Var]bool{p: true}, 0)
			if node == nil {
				continue
			}
			if !m.mayReadBrowser(cur.Node(), 0, make(map[ast.Node]bool), node) {
				f := &StateLookupFact{Param: i, Store: store, At: m.shortPos(node)}
				m.pass.ExportObjectFact(fn, f)
				if lookups == nil {
					lookups = make(map[*types.Func]*StateLookupFact)
				}
				lookups[fn] = f
			}
			break
		}
	}
	if len(lookups) == 0 {
		return
	}
	// The method of an exported interface of the package that its one
	// implementation in the package looks up (a service's port).
	m.ownInterfaceMethods(func(iface *types.Interface, im *types.Func) {
		if impl := m.soleImplementation(iface, im.Name()); impl != nil && lookups[impl] != nil {
			m.pass.ExportObjectFact(im, lookups[impl])
		}
	})
}

// sharedLookup finds in fcur a lookup keyed by the request's state (or a
// parameter in bound holding it) in a shared store: an index of a map
// that is a package variable or a field, or a method of sync.Map or of a
// key-value store or database client (keepers) called on one.
func (m *model) sharedLookup(fcur inspector.Cursor, bound map[*types.Var]bool) (ast.Node, ast.Expr) {
	// The lookup an if tests (if !store.Validate(state) { refuse }) on
	// the way to the exchange is the check; one computed beside it
	// (isPopup := hub.Has(state)) is named only when no other is.
	// A lookup in a branch that answers and returns (an error reply) is
	// not on the exchange's path.
	var best ast.Node
	var bestStore ast.Expr
	bestRank := -1
	for c := range fcur.Preorder((*ast.IndexExpr)(nil), (*ast.CallExpr)(nil)) {
		n, store := m.stateLookupAt(c, bound)
		if n == nil {
			continue
		}
		rank := 0
		if onMainPath(c, fcur.Node()) {
			rank += 2
		}
		if inIfCond(c) {
			rank++
		}
		if rank > bestRank {
			best, bestStore, bestRank = n, store, rank
		}
	}
	return best, bestStore
}

// onMainPath reports whether the node at cur, in fn, lies in no block
// that ends in a return (but fn's body).
func onMainPath(cur inspector.Cursor, fn ast.Node) bool {
	body := funcBody(fn)
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.BlockStmt:
			if n != body && endsInReturn(n.List) {
				return false
			}
		case *ast.CaseClause:
			if endsInReturn(n.Body) {
				return false
			}
		case *ast.FuncDecl, *ast.FuncLit:
			return true
		}
	}
	return true
}

// inIfCond reports whether the node at cur is in an if statement's
// condition, or in its init (if ok := store.Check(s); !ok).
func inIfCond(cur inspector.Cursor) bool {
	child := cur.Node()
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			return n.Cond == child || n.Init == child
		case *ast.FuncLit, *ast.FuncDecl, *ast.BlockStmt:
			return false
		}
		child = c.Node()
	}
	return false
}

// stateLookupAt is sharedLookup's test of one node: a lookup of the
// request's state in a shared store, and the store.
func (m *model) stateLookupAt(c inspector.Cursor, bound map[*types.Var]bool) (ast.Node, ast.Expr) {
	switch x := c.Node().(type) {
	case *ast.IndexExpr:
		if _, isMap := typeUnder(m.info.TypeOf(x.X)).(*types.Map); isMap && m.sharedValue(x.X) && m.stateKey(x.Index, bound, 0) {
			return x, x.X
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Signature().Recv() == nil {
			return nil, nil
		}
		path := trimVendor(fn.Pkg().Path())
		if isOAuth2Path(path) || isOIDCPath(path) {
			return nil, nil // the exchange, a verifier: no store
		}
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		// A key-value store or database client talks to a store every
		// request shares, wherever the Go value is held (client :=
		// c.readClient()); a sync.Map or a store of the program's own
		// type is shared when the value is.
		if !ok || !slices.ContainsFunc(x.Args, func(a ast.Expr) bool { return m.stateKey(a, bound, 0) }) {
			return nil, nil // keyed by something else: no look at the receiver
		}
		remote := sharedStorePkg(path) && path != "sync"
		if remote || m.sharedValue(sel.X) && (path == "sync" || m.keepsState(sel.X)) {
			return x, sel.X
		}
		// p.db.GetAuthRequest(state), p.db a store interface of the
		// server's: whatever implements it is handed nothing of this
		// browser (no request, no context, no cookie), so it can only
		// look the state up in what every browser shares.
		if isInterfaceMethod(fn) && m.sharedValue(sel.X) && m.onlyStrings(x.Args) {
			return x, sel.X
		}
	}
	return nil, nil
}

// keepsState reports whether recv, a field or package variable, is where
// an authorization request of this package keeps its state: a method of
// the same value is called with the state's variable in an argument
// (s.stateStore.Set(ctx, "oauth2_state:"+state, data, ttl) beside the
// request whose state is state): a store of the program's own type.
func (m *model) keepsState(recv ast.Expr) bool {
	obj := m.valueObj(recv)
	if obj == nil {
		return false
	}
	if k, ok := m.stateKeepers[obj]; ok {
		return k
	}
	k := m.findKeepsState(obj)
	if m.stateKeepers == nil {
		m.stateKeepers = make(map[types.Object]bool)
	}
	m.stateKeepers[obj] = k
	return k
}

// findKeepsState is keepsState for the object obj, computed once per
// package and object.
func (m *model) findKeepsState(obj types.Object) bool {
	states := make(map[types.Object]bool)
	requests := make(map[ast.Node]bool)
	for _, r := range m.result.AuthRequests {
		requests[r.Node] = true
		if id, ok := r.State.Node.(*ast.Ident); ok {
			if v := m.info.Uses[id]; v != nil {
				states[v] = true
			}
		}
	}
	if len(states) == 0 {
		return false
	}
	for cur := range m.in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || requests[call] || m.valueObj(sel.X) != obj {
			continue // the request itself (conf.AuthCodeURL(state)) keeps nothing
		}
		for _, a := range call.Args {
			found := false
			ast.Inspect(a, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && states[m.info.Uses[id]] {
					found = true
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// valueObj is the variable a shared value names: the field or the
// package variable.
func (m *model) valueObj(e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return m.info.Uses[x]
	case *ast.SelectorExpr:
		return m.info.Uses[x.Sel]
	}
	return nil
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
func (m *model) sharedValue(e ast.Expr) bool { return m.sharedAt(e, 0) }

func (m *model) sharedAt(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.info.Uses[x].(*types.Var)
		if !ok || v.Pkg() == nil {
			return false
		}
		if v.Parent() == v.Pkg().Scope() {
			return true
		}
		// tx := db.Begin(), q := s.rdb.WithContext(ctx): a handle a
		// shared store's method returns is the store.
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil || d.tuple > 0 {
			return false
		}
		call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		return ok && isSel && fn.Pkg() != nil && fn.Signature().Recv() != nil && sharedStorePkg(trimVendor(fn.Pkg().Path())) && m.sharedAt(sel.X, depth+1)
	case *ast.SelectorExpr:
		if s, ok := m.info.Selections[x]; ok {
			return s.Kind() == types.FieldVal
		}
		// pkg.Var
		v, ok := m.info.Uses[x.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
	case *ast.StarExpr:
		return m.sharedAt(x.X, depth+1)
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
func (m *model) mayReadBrowser(fn ast.Node, depth int, seen map[ast.Node]bool, keep ...ast.Node) bool {
	if depth > 2 {
		return true
	}
	if seen[fn] {
		return false
	}
	seen[fn] = true
	found := false
	last := depth == 0
	// keep is the lookup and, from a callback, the exchange: past the
	// exchange (and outside any loop around it) only a read of the
	// browser's own cookie or session binds anything.
	after := token.NoPos
	if depth == 0 && len(keep) > 1 && keep[1] != nil {
		if x, ok := m.in.Root().FindNode(keep[1]); ok && !inLoop(x) {
			after = keep[1].End()
			if keep[1].Pos() < fn.Pos() || keep[1].End() > fn.End() {
				// The exchange is in a helper the handler calls
				// (info, err := exchangeCode(ctx, code)): past that call.
				after = token.NoPos
				if call := m.callReaching(fn, keep[1], 0); call != nil {
					if c, ok := m.in.Root().FindNode(call); ok && !inLoop(c) {
						after = call.End()
					}
				}
			}
		}
	}
	holds := func(n ast.Node) bool {
		for _, k := range keep {
			if k != nil && n.Pos() <= k.Pos() && k.End() <= n.End() {
				return true
			}
		}
		return false
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		// if err != nil { response.BadRequest(c, …); return }: a branch
		// that answers and stops, away from the lookup and the exchange;
		// what it reads binds nothing on their path.
		switch b := n.(type) {
		case *ast.BlockStmt:
			if n != funcBody(fn) && endsInReturn(b.List) && !holds(b) {
				return false
			}
		case *ast.CaseClause:
			if endsInReturn(b.Body) && !holds(b) {
				return false
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if last && isLastCall(fn, call) {
			return false // response.Success(c, tok): the answer, once all is decided
		}
		if depth == 0 && len(keep) > 0 && keep[0] == ast.Node(call) {
			return true // the lookup reads the shared store, not the browser
		}
		if after.IsValid() && call.Pos() > after {
			// Setting the session's cookies after the exchange binds
			// nothing; an ID token's nonce compared with the cookie
			// there does.
			if f, ok := typeutil.Callee(m.info, call).(*types.Func); ok && !writerName(f.Name()) && browserRead(f, m.constString(firstArg(call))) {
				found = true
			}
			return !found
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

// callReaching is the first call in fn of a function of the package
// whose body holds target, itself or through the functions it calls (two
// calls deep).
func (m *model) callReaching(fn, target ast.Node, depth int) *ast.CallExpr {
	if depth > 2 {
		return nil
	}
	var found *ast.CallExpr
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found != nil || !ok {
			return found == nil
		}
		f, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || f.Pkg() != m.pass.Pkg {
			return true
		}
		cur, ok := m.funcDecls[f.Origin()]
		if !ok || cur.Node() == fn {
			return true
		}
		decl := cur.Node()
		if decl.Pos() <= target.Pos() && target.End() <= decl.End() || m.callReaching(decl, target, depth+1) != nil {
			found = call
		}
		return found == nil
	})
	return found
}

// carriesRequest reports whether a is the request being served or a web
// framework's context: of such a type, and rooted in a parameter (a
// request the code builds and sends, req from http.NewRequest, is no
// browser's).
func (m *model) carriesRequest(a ast.Expr) bool {
	t := m.info.TypeOf(a)
	if t == nil || !m.isRequestType(t) || isNamed(t, "net/url", "Values") || isNamed(t, "net/url", "URL") {
		return false
	}
	v := m.rootVar(a, true)
	return v == nil || v.Kind() == types.ParamVar
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
	if strings.Contains(path, "session") || strings.Contains(path, "securecookie") || strings.HasPrefix(path, "github.com/alexedwards/scs") {
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

// writerName reports whether a method's name says it writes (a session's
// or a cookie's new value), not reads: SetSessionCookies, Save, Delete.
func writerName(name string) bool {
	for _, p := range []string{"Set", "Save", "Delete", "Put", "Write", "Store", "Create", "Clear", "Remove", "New", "Issue", "Destroy"} {
		if strings.HasPrefix(name, p) {
			return true
		}
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

// mayLookUpState reports, for a package without OAuth code, whether it
// may hold a function whose StateLookupFact its importers need: an
// exported function that hands a string parameter to a method of
// sync.Map or of a shared store (a states.Verify(state) beside the
// callback's package). A plain map indexed by it is left out: library
// registries are built that way, and looking into each would cost every
// run (a helper of the callback's own package is read either way).
func mayLookUpState(pass *analysis.Pass) bool {
	if sharedStorePkg(trimVendor(pass.Pkg.Path())) {
		return false // the store's own code
	}
	uses := false
	for _, imp := range pass.Pkg.Imports() {
		uses = uses || imp.Path() == "sync" || sharedStorePkg(trimVendor(imp.Path()))
	}
	if !uses {
		return false
	}
	return anyExportedFunc(pass, func(fn *types.Func, fd *ast.FuncDecl) bool {
		params := make(map[types.Object]bool)
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			if p := sig.Params().At(i); keyParam(sig, i) {
				params[p] = true
			}
		}
		if len(params) == 0 {
			return false
		}
		found := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if x, ok := n.(*ast.CallExpr); ok {
				if f, ok := typeutil.Callee(pass.TypesInfo, x).(*types.Func); ok && f.Pkg() != nil && f.Signature().Recv() != nil && sharedStorePkg(trimVendor(f.Pkg().Path())) {
					for _, a := range x.Args {
						found = found || keyedBy(pass.TypesInfo, a, params)
					}
				}
			}
			return !found
		})
		return found
	})
}

// keyedBy reports whether the key e is one of params, alone or as an
// operand of a string concatenation ("iam:"+id, a builder's
// Key("oauth:"+state)) or an argument of fmt.Sprintf.
func keyedBy(info *types.Info, e ast.Expr, params map[types.Object]bool) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return params[info.Uses[x]]
	case *ast.BinaryExpr:
		return x.Op == token.ADD && (keyedBy(info, x.X, params) || keyedBy(info, x.Y, params))
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, x).(*types.Func); ok && funcName(fn) == "fmt.Sprintf" {
			return slices.ContainsFunc(x.Args, func(a ast.Expr) bool { return keyedBy(info, a, params) })
		}
	}
	return false
}

// endsInReturn reports whether a statement list ends with a return.
func endsInReturn(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	_, ok := list[len(list)-1].(*ast.ReturnStmt)
	return ok
}

// isLastCall reports whether call is the last statement of fn's body, its
// result dropped: the handler's answer, after everything it checks.
func isLastCall(fn ast.Node, call *ast.CallExpr) bool {
	body := funcBody(fn)
	if body == nil || len(body.List) == 0 {
		return false
	}
	es, ok := body.List[len(body.List)-1].(*ast.ExprStmt)
	return ok && ast.Unparen(es.X) == call
}

// keyParam reports whether parameter i of sig may carry a store key: a
// string, or a variadic list of them (a store wrapper's Exists(ctx,
// keys ...string)).
func keyParam(sig *types.Signature, i int) bool {
	t := sig.Params().At(i).Type()
	if sig.Variadic() && i == sig.Params().Len()-1 {
		if sl, ok := t.(*types.Slice); ok {
			t = sl.Elem()
		}
	}
	return isStringType(t)
}

// onlyStrings reports whether every argument is of a basic type (the
// state, a prefix, a number) or a context of no request
// (context.Background()): nothing that may carry the request being
// served, its context or this browser's session.
func (m *model) onlyStrings(args []ast.Expr) bool {
	for _, a := range args {
		t := m.info.TypeOf(a)
		if t == nil {
			return false
		}
		if call, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if f, ok := typeutil.Callee(m.info, call).(*types.Func); ok && (funcName(f) == "context.Background" || funcName(f) == "context.TODO") {
				continue // a context of no request
			}
		}
		if _, basic := t.Underlying().(*types.Basic); !basic {
			return false
		}
	}
	return true
}

// callLeadingTo is the call in the handler at hcur of a function of the
// package whose body, or whose callees' bodies (two calls deep), hold n.
func (m *model) callLeadingTo(hcur inspector.Cursor, n ast.Node) *ast.CallExpr {
	var holds func(fn ast.Node, depth int) bool
	holds = func(fn ast.Node, depth int) bool {
		if within(n, fn) {
			return true
		}
		if depth >= 2 {
			return false
		}
		for c := range ast.Preorder(fn) {
			call, ok := c.(*ast.CallExpr)
			if !ok {
				continue
			}
			if f, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
				if d, ok := m.funcDecls[f.Origin()]; ok && d.Node() != fn && holds(d.Node(), depth+1) {
					return true
				}
			}
		}
		return false
	}
	for c := range hcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if f, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
			if d, ok := m.funcDecls[f.Origin()]; ok && d.Node() != hcur.Node() && holds(d.Node(), 1) {
				return call
			}
		}
	}
	return nil
}
