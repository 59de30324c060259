package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// callbacks finds the HTTP handlers that exchange the code of the request
// they serve without reading that request's state (RFC 6749 §10.12).
func (m *model) callbacks() {
	m.relayedVerifiers()
	for _, t := range m.result.TokenRequests {
		// A grant type from configuration beside a code: only the code
		// grant sends one (RFC 6749 §4.1.3).
		codeGrant := t.GrantType.Known && t.GrantType.Value == GrantAuthCode || !t.GrantType.Known && t.Code.Presence == value.Present && !m.servedGrantType(t)
		if !codeGrant || t.Func == nil {
			continue
		}
		e, ok := t.Code.Node.(ast.Expr)
		if !ok {
			continue
		}
		e = m.unconverted(e) // "code": {string(code)}
		read, handler := m.requestRead(e, "code", 0), t.Func
		if read == nil {
			// Handed over by the handler (relay.go), which has been
			// checked already.
			if read, handler = m.relayedCode(e); read != nil {
				m.result.Callbacks = append(m.result.Callbacks, Callback{Exchange: t, Code: read, Handler: handler})
				continue
			}
			// Passed by the handler to the function that exchanges it
			// (paramcode.go).
			for _, cb := range m.paramCode(t, e, t.Func) {
				cb.Exchange = t
				m.result.Callbacks = append(m.result.Callbacks, cb)
			}
			m.noteCodeParam(t, e) // and by handlers of importers (codefact.go)
			continue
		}
		// Finish(r *http.Request) of a flow type: handed the request
		// being served, it reads the code and checks the state itself
		// (the checks it makes are judged; one that reads no state
		// leaves the check to its callers).
		ownCheck := within(read, handler) && m.takesRequest(handler) && m.readsState(handler, 0)
		if !ownCheck && (!within(read, handler) || !m.answersHTTP(handler)) {
			// q := <-queries; q.Get("code"): read from a query another
			// function received and handed over (relay.go).
			if r, h := m.relayedCode(e); r != nil {
				m.result.Callbacks = append(m.result.Callbacks, Callback{Exchange: t, Code: r, Handler: h})
			}
			continue
		}
		if m.readsServedParam(handler, paramGrantType) {
			// The handler dispatches on the request's grant_type: a
			// token endpoint (a proxy's, redeeming the code its client
			// posts upstream), where no state comes (RFC 6749 §4.1.3).
			continue
		}
		if m.readsState(handler, 0) {
			if is := m.unrefusedState(handler); is != nil {
				m.result.Callbacks = append(m.result.Callbacks, Callback{Exchange: t, Code: read, Handler: handler, Unrefused: is})
				continue
			}
			m.emptyStateCheck(t, handler)
			m.unboundState(t, handler)
			m.sharedStateCheck(t, handler)
			continue
		}
		m.result.Callbacks = append(m.result.Callbacks, Callback{Exchange: t, Code: read, Handler: handler})
	}
	m.importedCodeCallbacks()
	m.exportCodeParams()
}

// servedGrantType reports whether a token request's grant type is read
// from the request being served (GrantType: r.FormValue("grant_type")):
// a token endpoint's record of the request it received, not an exchange.
func (m *model) servedGrantType(t *TokenRequest) bool {
	return m.servedParam(t.GrantType.Node, paramGrantType)
}

// servedParam reports whether the parameter set at n (a key-value of a
// struct or url.Values literal, a form.Set or form.Add call, or the
// value itself) is the parameter key of the request being served:
// GrantType: r.FormValue("grant_type"), form.Set("code_verifier",
// c.PostForm("code_verifier")), "code_verifier": {in.CodeVerifier}.
func (m *model) servedParam(n ast.Node, key string) bool {
	e, ok := n.(ast.Expr)
	switch x := e.(type) {
	case *ast.KeyValueExpr:
		e = x.Value
	case *ast.CallExpr:
		if sel, isSel := ast.Unparen(x.Fun).(*ast.SelectorExpr); isSel && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(x.Args) == 2 {
			e = x.Args[1]
		}
	}
	if lit, isLit := e.(*ast.CompositeLit); isLit && len(lit.Elts) == 1 {
		e = lit.Elts[0] // "grant_type": {r.FormValue("grant_type")}
	}
	return ok && e != nil && m.requestRead(e, key, 0) != nil
}

// relayedVerifiers marks the token requests whose code_verifier is the
// one the request being served carries: a token proxy relaying its
// client's request, whose challenge that client sent.
func (m *model) relayedVerifiers() {
	for _, t := range m.result.TokenRequests {
		if t.Verifier.Presence == value.Present && m.servedParam(t.Verifier.Node, paramCodeVerifier) {
			t.RelayedVerifier = true
		}
	}
}

// unconverted is e without conversions to a string type around it.
func (m *model) unconverted(e ast.Expr) ast.Expr {
	for range maxDepth {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		tv, ok := m.info.Types[call.Fun]
		if !ok || !tv.IsType() || !isStringKind(tv.Type) {
			return e
		}
		e = call.Args[0]
	}
	return e
}

// requestRead returns the call that reads the request parameter key from
// the request being served, if e is (or is a local variable holding) one:
// r.URL.Query().Get("code"), r.FormValue("code"), c.Query("code").
func (m *model) requestRead(e ast.Expr, key string, depth int) ast.Node {
	if depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil || d.tuple > 0 {
			return nil
		}
		return m.requestRead(d.rhs, key, depth+1)
	case *ast.IndexExpr:
		// r.URL.Query()["code"][0], r.Form["code"][0]
		if inner, ok := ast.Unparen(x.X).(*ast.IndexExpr); ok {
			x = inner
		}
		if m.constString(x.Index) == key && (m.isRequestType(m.info.TypeOf(x.X)) || m.requestMap(x.X)) {
			return x
		}
	case *ast.SelectorExpr:
		// in.Code of a struct the request was bound to (c.Bind(&in)).
		if f, _, _ := m.boundField(x, func(name string) bool { return name == key }); f != nil {
			return x
		}
	case *ast.CallExpr:
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok || len(x.Args) == 0 || m.constString(x.Args[0]) != key {
			return nil
		}
		if _, ok := typeutil.Callee(m.info, x).(*types.Func); !ok {
			return nil
		}
		if m.isRequestType(m.info.TypeOf(sel.X)) {
			return x
		}
	}
	return nil
}

func (m *model) constString(e ast.Expr) string {
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return "\x00"
}

// isRequestType reports whether values of type t carry the parameters of
// the HTTP request being served: *http.Request, its url.Values and URL,
// and the request contexts of web frameworks.
func (m *model) isRequestType(t types.Type) bool {
	if t == nil {
		return false
	}
	if isNamed(t, "net/http", "Request") || isNamed(t, "net/url", "Values") || isNamed(t, "net/url", "URL") {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return frameworkContext(t)
}

// requestMap reports whether e is a map of the request's parameters that
// a method of the request or its framework context returns (fiber's
// c.Queries(), c.AllParams()), directly or through a local variable
// assigned once.
func (m *model) requestMap(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		d, ok := m.singleDef(m.varOf(id))
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return false
		}
		e = d.rhs
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !m.isRequestType(m.info.TypeOf(sel.X)) {
		return false
	}
	mt, ok := underlying(m.info, call).(*types.Map)
	return ok && isStringType(mt.Key()) && isStringType(mt.Elem())
}

// stateReadingSafe are packages that take a request without reading its
// state parameter: passing the request to them proves nothing either way.
var stateReadingSafe = map[string]bool{
	"net/http": true, "context": true, "fmt": true, "log": true, "log/slog": true,
	"errors": true, "github.com/gorilla/sessions": true, pathOAuth2: true,
	// Session stores, which read their cookie (gin-contrib/sessions
	// v1.1.0 Default(c); echo-contrib v0.14.1 session.Get(name, c);
	// ipfans/echo-session Default(c); scs v2.9.0 GetString(ctx, key)).
	"github.com/gin-contrib/sessions": true, "github.com/labstack/echo-contrib/session": true,
	"github.com/ipfans/echo-session": true, "github.com/alexedwards/scs/v2": true,
}

// readsState reports whether the handler fn reads the request's state, or
// may: it reads a parameter named "state" anywhere, or hands the request
// to code that may (a function of another package; this package's
// functions are searched in turn).
func (m *model) readsState(fn ast.Node, depth int) bool {
	return m.readsStateNamed(fn, depth, nil)
}

// readsStateNamed is readsState, where named, if not nil, is asked about
// the name of a value read from the request that is not a constant
// (q.Get(key)): true when the caller will know it (a parameter of an
// exported helper, recorded in its RequestReadFact).
func (m *model) readsStateNamed(fn ast.Node, depth int, named func(ast.Expr) bool) bool {
	if depth > 2 {
		return true
	}
	reads := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if reads {
			return false
		}
		switch x := n.(type) {
		case *ast.IndexExpr:
			if m.constString(x.Index) == "state" {
				reads = true
			}
		case *ast.SelectorExpr:
			// in.State of a struct bound from the request, or of any
			// struct whose tag names it: may be the request's.
			if s, ok := m.info.Selections[x]; ok && s.Kind() == types.FieldVal && tagNamed(fieldTag(s), func(name string) bool { return name == "state" }) != "" {
				reads = true
			}
		case *ast.CallExpr:
			for _, a := range x.Args {
				if m.constString(a) == "state" {
					reads = true
					return false
				}
			}
			callee := typeutil.Callee(m.info, x)
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) > 0 && m.isRequestType(m.info.TypeOf(sel.X)) {
				// q.Get(key): a parameter we cannot name; not a setter of
				// a request being built (req.SetBasicAuth(id, secret)).
				if f, ok := callee.(*types.Func); ok && stringMethod(f) && m.isString(x.Args[0]) && m.constString(x.Args[0]) == "\x00" {
					if named != nil && named(x.Args[0]) {
						return true
					}
					reads = true
					return false
				}
			}
			passes := false
			for _, a := range x.Args {
				if m.isRequestType(m.info.TypeOf(a)) {
					passes = true
				}
			}
			if !passes {
				return true
			}
			fn, ok := callee.(*types.Func)
			if !ok {
				if _, ok := callee.(*types.Builtin); ok {
					return true
				}
				reads = true // a function value: may check anything
				return false
			}
			fn = fn.Origin()
			if fn.Pkg() == nil {
				return true
			}
			if fn.Pkg() == m.pass.Pkg {
				if cur, ok := m.funcDecls[fn]; ok {
					if m.readsState(cur.Node(), depth+1) {
						reads = true
					}
					return !reads
				}
				reads = true
				return false
			}
			if !stateReadingSafe[trimVendor(fn.Pkg().Path())] && !m.readsNoStateAt(fn, x) {
				reads = true
				return false
			}
		}
		return true
	})
	return reads
}

// RequestReadFact marks an exported function, given the request being
// served, that reads no parameter named "state" from it and hands it to
// no code that might, but for the values it reads by a name its caller
// gives: the parameters Named (signed.ReadCookie(r, "oauth_params", &p)
// reads nothing named state; param(r, key) does when key is "state").
type RequestReadFact struct {
	Named []int
}

func (*RequestReadFact) AFact() {}
func (f *RequestReadFact) String() string {
	return fmt.Sprintf("readsNoState(named by %v)", f.Named)
}

// readsNoStateAt reports whether the call of fn, another package's
// function with a RequestReadFact, reads no state: each name it is
// given is a constant other than "state".
func (m *model) readsNoStateAt(fn *types.Func, call *ast.CallExpr) bool {
	f := new(RequestReadFact)
	if !m.pass.ImportObjectFact(fn, f) {
		return false
	}
	for _, i := range f.Named {
		if i >= len(call.Args) {
			return false
		}
		if s := m.constString(call.Args[i]); s == "\x00" || s == "state" {
			return false
		}
	}
	return true
}

// exportRequestReadFacts exports a RequestReadFact for each exported
// function of the package that takes the *http.Request being served
// (and answers nothing: a helper, not a handler) and reads no state from
// it.
func (m *model) exportRequestReadFacts() {
	for fn, cur := range m.funcDecls {
		fd := cur.Node().(*ast.FuncDecl)
		if !fn.Exported() || fd.Body == nil || m.inTest(fd) {
			continue
		}
		params := fn.Signature().Params()
		takes := false
		for v := range params.Variables() {
			if p, ok := v.Type().(*types.Pointer); ok && isNamed(p.Elem(), "net/http", "Request") {
				takes = true
			}
		}
		if !takes || m.answersHTTP(fd) {
			continue // a handler is judged as one
		}
		var named []int
		isParam := func(e ast.Expr) bool {
			id, isID := ast.Unparen(e).(*ast.Ident)
			if !isID {
				return false
			}
			for i := range params.Len() {
				if m.info.Uses[id] == params.At(i) {
					if !slices.Contains(named, i) {
						named = append(named, i)
					}
					return true
				}
			}
			return false
		}
		if !m.readsStateNamed(fd, 0, isParam) {
			m.pass.ExportObjectFact(fn, &RequestReadFact{Named: named})
		}
	}
}

// takesRequest reports whether an exported function of the package
// takes a *net/http.Request: a helper a handler elsewhere may hand its
// request to.
func takesRequest(pass *analysis.Pass) bool {
	return anyExportedFunc(pass, func(fn *types.Func, _ *ast.FuncDecl) bool {
		for v := range fn.Signature().Params().Variables() {
			if p, ok := v.Type().(*types.Pointer); ok && isNamed(p.Elem(), "net/http", "Request") {
				return true
			}
		}
		return false
	})
}

// answersHTTP reports whether fn answers an HTTP request itself: it takes
// the http.ResponseWriter or a web framework's request context. A function
// that takes only the *http.Request is a helper of a handler, which may
// have checked the state before calling it.
func (m *model) answersHTTP(fn ast.Node) bool {
	ft := funcTypeOf(fn)
	if ft == nil || ft.Params == nil {
		return false
	}
	for _, field := range ft.Params.List {
		if m.answerType(m.info.TypeOf(field.Type)) {
			return true
		}
	}
	return false
}

// takesRequest reports whether the function fn has an *http.Request
// parameter.
func (m *model) takesRequest(fn ast.Node) bool {
	ft := funcTypeOf(fn)
	if ft == nil || ft.Params == nil {
		return false
	}
	for _, field := range ft.Params.List {
		if t, ok := types.Unalias(m.info.TypeOf(field.Type)).(*types.Pointer); ok && isNamed(t.Elem(), "net/http", "Request") {
			return true
		}
	}
	return false
}

// answerType reports whether a value of type t answers the request being
// served: an http.ResponseWriter, or a web framework's request context
// (gin's *gin.Context, echo's Context).
func (m *model) answerType(t types.Type) bool {
	if isResponseWriter(t) {
		return true
	}
	return t != nil && !isNamed(t, "net/http", "Request") && !isNamed(t, "net/url", "Values") && !isNamed(t, "net/url", "URL") && m.isRequestType(t)
}

// funcTypeOf is the type of a function declaration or literal, nil for
// any other node.
func funcTypeOf(fn ast.Node) *ast.FuncType {
	switch f := fn.(type) {
	case *ast.FuncDecl:
		return f.Type
	case *ast.FuncLit:
		return f.Type
	}
	return nil
}

// unrefusedState returns the if statement whose condition compares the
// request's state, when every read of the state in the handler fn is in
// the condition of an if that refuses nothing: no return, panic, exit or
// abort in it (if c.Value != state { log.Println("state mismatch") }),
// so the exchange below runs whatever the state. A read anywhere else (a
// helper handed it, a value kept) may be the check: nil.
func (m *model) unrefusedState(fn ast.Node) *ast.IfStmt {
	body := funcBody(fn)
	if body == nil {
		return nil
	}
	fcur, ok := m.in.Root().FindNode(body)
	if !ok {
		return nil
	}
	var found *ast.IfStmt
	ok = true
	fcur.Inspect(nil, func(c inspector.Cursor) bool {
		if !ok {
			return false
		}
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr, *ast.Ident:
			e := n.(ast.Expr)
			if id, isID := e.(*ast.Ident); isID && m.info.Defs[id] != nil {
				return true // st := …: the definition, whose uses are judged
			}
			if !m.requestState(e, nil) {
				return true
			}
			if as, isAs := c.Parent().Node().(*ast.AssignStmt); isAs && as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) {
				return false // st := r.FormValue("state"): its uses are judged
			}
			is := ifCondOf(c)
			if is == nil || refuses(m, is) {
				ok = false
				return false
			}
			if found == nil {
				found = is
			}
			return false
		}
		return true
	})
	if !ok {
		return nil
	}
	return found
}

// ifCondOf is the if statement whose condition holds the node at cur,
// nil when a statement or a function literal comes first.
func ifCondOf(cur inspector.Cursor) *ast.IfStmt {
	child := cur.Node()
	for c := range cur.Parent().Enclosing() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			if n.Cond == child {
				return n
			}
			return nil
		case ast.Stmt, *ast.FuncLit:
			return nil
		}
		child = c.Node()
	}
	return nil
}

// refuses reports whether an if statement may stop the handler in one of
// its branches, or keep what it decided for later. A branch that only
// calls other packages' functions (a log line, http.Error without a
// return) goes on, unless one of them exits or aborts (log.Fatal,
// os.Exit, c.AbortWithStatus); anything else (a return, a flag set,
// this package's helper called, an else-if) is taken to decide.
func refuses(m *model, is *ast.IfStmt) bool {
	goesOn := func(f *types.Func) bool {
		if f.Pkg() == nil || f.Pkg() == m.pass.Pkg {
			return false
		}
		for _, p := range []string{"Fatal", "Exit", "Abort", "Panic", "Goexit"} {
			if strings.HasPrefix(f.Name(), p) {
				return false
			}
		}
		return true
	}
	for _, br := range []ast.Stmt{is.Body, is.Else} {
		if br == nil {
			continue
		}
		b, ok := br.(*ast.BlockStmt)
		if !ok || !onlyCalls(m.info, b.List, goesOn) {
			return true
		}
	}
	return false
}

// readsServedParam reports whether the handler fn reads the parameter
// key from the request it serves (r.FormValue("grant_type"),
// c.PostForm("grant_type")).
func (m *model) readsServedParam(fn ast.Node, key string) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.CallExpr:
			found = m.methodRead(x) == key && m.requestRead(x, key, 0) != nil
		case *ast.SelectorExpr:
			// in.GrantType of a struct the request was bound to.
			f, _, _ := m.boundField(x, func(name string) bool { return name == key })
			found = f != nil
		}
		return !found
	})
	return found
}
