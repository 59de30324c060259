package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// collect is the model's single traversal of the package. It records what
// later phases need (assignments, parameter containers, candidate string
// roots, calls into oauth2 and to helpers, package signals) and nothing else.
func (m *model) collect() {
	m.packageSignals()
	filter := []ast.Node{
		(*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.BinaryExpr)(nil),
		(*ast.BasicLit)(nil),
		(*ast.Ident)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.UnaryExpr)(nil),
		(*ast.IncDecStmt)(nil),
		(*ast.RangeStmt)(nil),
		(*ast.SendStmt)(nil),
	}
	for cur := range m.in.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := m.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				m.funcDecls[fn] = cur
			}
		case *ast.SendStmt:
			m.sends = append(m.sends, cur) // a code handed over (relay.go)
		case *ast.CallExpr:
			m.visitCall(cur, n)
		case *ast.CompositeLit:
			m.visitCompositeLit(cur, n)
		case *ast.BinaryExpr:
			if n.Op == token.ADD && m.isString(n) {
				m.maybeRoot(cur, n)
			}
			if n.Op == token.EQL && (m.isStar(n.X) || m.isStar(n.Y)) {
				m.starTests = append(m.starTests, cur)
			}
		case *ast.BasicLit:
			if !m.dispatchSeen && n.Kind == token.STRING && m.dispatchRead(cur, n) {
				m.dispatchSeen = true // handbuilt.go
			}
			if !m.issuesTokens && n.Kind == token.STRING && strings.Contains(n.Value, "access_token") {
				m.issuesTokens = true // handbuilt.go
			}
			if !m.seesS256 && n.Kind == token.STRING && n.Value == `"`+methodS256+`"` {
				m.seesS256 = true // vocab.go
			}
			if !m.readsVerifier && n.Kind == token.STRING && strings.Contains(n.Value, paramCodeVerifier) {
				m.readsVerifier = true // handbuilt.go
			}
			if n.Kind == token.STRING && mentionsRequest(n.Value) {
				m.maybeRoot(cur, n)
			}
			if n.Value == `"iss"` && m.result.OIDC.IssuerRead == nil {
				m.issuerIndex(cur, n) // oidc.go
			}
		case *ast.Ident:
			m.visitIdent(cur, n)
			if !m.seesS256 {
				if c, ok := m.info.Uses[n].(*types.Const); ok && c.Val().Kind() == constant.String && constant.StringVal(c.Val()) == methodS256 {
					m.seesS256 = true // model.MethodS256 (vocab.go)
				}
			}
			if !m.dispatchSeen && m.dispatchIdent(cur, n) {
				m.dispatchSeen = true // handbuilt.go
			}
		case *ast.AssignStmt:
			m.visitAssign(cur, n)
		case *ast.ValueSpec:
			for i, name := range n.Names {
				v, ok := m.info.Defs[name].(*types.Var)
				if !ok {
					continue
				}
				switch {
				case len(n.Values) == len(n.Names):
					m.defs[v] = append(m.defs[v], def{rhs: n.Values[i], tuple: -1, cur: cur, op: token.VAR})
				case len(n.Values) == 1:
					m.defs[v] = append(m.defs[v], def{rhs: n.Values[0], tuple: i, cur: cur, op: token.VAR})
				default:
					m.defs[v] = append(m.defs[v], def{tuple: -1, cur: cur, op: token.VAR})
				}
			}
		case *ast.UnaryExpr:
			if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok && n.Op == token.AND {
				if f := m.packageField(sel); f != nil {
					m.fieldEscapes(f) // &c.state: written anywhere
				}
			}
			if n.Op == token.AND && !m.unsafeRead(cur) {
				if v := m.localVar(n.X); v != nil {
					// A pointer written straight into a request (a field
					// value, an argument) and taken nowhere else is read
					// where the request is sent: the value is v's (see str).
					m.soleAddr[v] = nil
					switch cur.Parent().Node().(type) {
					case *ast.KeyValueExpr, *ast.CompositeLit, *ast.CallExpr:
						if !m.addrTaken[v] {
							m.soleAddr[v] = n
						}
					}
					m.addrTaken[v] = true
				}
			}
		case *ast.IncDecStmt:
			if v := m.localVar(n.X); v != nil {
				m.defs[v] = append(m.defs[v], def{tuple: -1, cur: cur, op: n.Tok})
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if sel, ok := e.(*ast.SelectorExpr); ok {
					if f := m.packageField(sel); f != nil {
						m.fieldEscapes(f)
					}
				}
				if v := m.localVar(e); v != nil {
					m.defs[v] = append(m.defs[v], def{tuple: -1, cur: cur, op: token.RANGE})
				}
			}
		}
	}
}

// mentionsRequest is the cheap filter for string literals that may be a
// whole request on their own.
func mentionsRequest(lit string) bool {
	// client_secret=: a code exchange at a token endpoint that needs no
	// grant_type (GitHub's), built as a string.
	return strings.Contains(lit, "response_type") || strings.Contains(lit, "grant_type") || strings.Contains(lit, "redirect_uri") ||
		strings.Contains(lit, "client_secret=")
}

// unsafeRead reports whether &v at cur only reads v's bytes as another
// type: *(*string)(unsafe.Pointer(&b)), a string that shares b's memory.
func (m *model) unsafeRead(cur inspector.Cursor) bool {
	conv := func(c inspector.Cursor) (inspector.Cursor, bool) {
		p := c.Parent()
		call, ok := p.Node().(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return p, false
		}
		tv, ok := m.info.Types[call.Fun]
		return p, ok && tv.IsType()
	}
	ptr, ok := conv(cur)
	if !ok || !isUnsafePointer(m.info.TypeOf(ptr.Node().(ast.Expr))) {
		return false
	}
	typed, ok := conv(ptr)
	if !ok {
		return false
	}
	for typed.Parent().Node() != nil {
		if _, ok := typed.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		typed = typed.Parent()
	}
	star, ok := typed.Parent().Node().(*ast.StarExpr)
	if !ok {
		return false
	}
	// Read, not written: not the left side of an assignment.
	if as, ok := typed.Parent().Parent().Node().(*ast.AssignStmt); ok {
		for _, l := range as.Lhs {
			if l == ast.Expr(star) {
				return false
			}
		}
	}
	return true
}

func isUnsafePointer(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UnsafePointer
}

func (m *model) visitAssign(cur inspector.Cursor, n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		lhs = ast.Unparen(lhs)
		var rhs ast.Expr
		tuple := -1
		switch {
		case len(n.Rhs) == len(n.Lhs):
			rhs = n.Rhs[i]
		case len(n.Rhs) == 1:
			rhs, tuple = n.Rhs[0], i
		}
		if sel, ok := lhs.(*ast.SelectorExpr); ok && rhs != nil && tuple < 0 {
			m.transportField(sel, rhs)
		}
		switch l := lhs.(type) {
		case *ast.Ident:
			if v := m.varOf(l); v != nil {
				m.defs[v] = append(m.defs[v], def{rhs: rhs, tuple: tuple, cur: cur, op: n.Tok})
			}
		case *ast.IndexExpr:
			// values["key"] = []string{…}, body["grant_type"] = "password"
			if c := m.containerOfVar(l.X); c != nil && rhs != nil && tuple < 0 {
				c.mutations = append(c.mutations, mutation{key: l.Index, val: rhs, node: n, index: true})
			}
		case *ast.SelectorExpr:
			if f := m.packageField(l); f != nil {
				m.fieldWrite(f, def{rhs: rhs, tuple: tuple, cur: cur, op: n.Tok})
			}
			if l.Sel.Name == "ClientSecret" && isNamed(m.info.TypeOf(l.X), pathOAuth2, typeOAuth2Config) {
				m.secretSet = true // nosecret.go
			}
			m.serverField(l, rhs, tuple)
			if v, ok := m.info.Uses[l.Sel].(*types.Var); ok && rhs != nil {
				m.recordSDKField(v, rhs, tuple) // s.provider, err = rp.NewRelyingPartyOIDC(…)
			}
			if rhs != nil && tuple < 0 {
				m.oidcConfigAssign(cur, l, rhs)
			}
			switch {
			case rhs != nil && tuple <= 0:
				// s.Token = v; s.Token, ok = body["access_token"].(string);
				// s.Token, err = encrypt(t): the call's first result.
				m.fieldAssign(l, rhs)
			case rhs != nil:
				m.fieldAssign(l, nil) // a later result of a call: not known
			}
			if c := m.containerOfVar(l.X); c != nil && rhs != nil && tuple >= 0 {
				// rec.AccessToken, _ = mint(rec): set, to a value not known.
				if name := m.fieldParamName(l); name != "" {
					c.mutations = append(c.mutations, mutation{name: name, node: n})
				}
			}
			if c := m.containerOfVar(l.X); c != nil && rhs != nil && tuple < 0 {
				if name := m.fieldParamName(l); name != "" {
					c.mutations = append(c.mutations, mutation{name: name, val: rhs, node: n})
				}
				continue
			}
			if rhs != nil && tuple < 0 {
				m.optionFieldWrite(l.Sel, rhs)
			}
			// params.State = …: a parameter struct of authhandler's flow
			// filled field by field (a nil entry: not a single value).
			if threeLeggedParams(m.info.TypeOf(l.X)) {
				if v := m.localVar(l.X); v != nil {
					k := varField{v, l.Sel.Name}
					if tuple >= 0 {
						rhs = nil
					}
					m.fieldSets[k] = append(m.fieldSets[k], rhs)
				}
			}
			// u.RawQuery = values.Encode(); cfg.RedirectURL = "http://127.0.0.1:…"
			if (l.Sel.Name == "RawQuery" || l.Sel.Name == "RedirectURL") && rhs != nil && tuple < 0 {
				if v := m.localVar(l.X); v != nil {
					k := varField{v, l.Sel.Name}
					m.fieldSets[k] = append(m.fieldSets[k], rhs)
				}
			}
		}
	}
}

// varOf is the variable an identifier defines or uses (not a field).
func (m *model) varOf(id *ast.Ident) *types.Var {
	obj := m.info.Defs[id]
	if obj == nil {
		obj = m.info.Uses[id]
	}
	if v, ok := obj.(*types.Var); ok && !v.IsField() {
		return v
	}
	return nil
}

// localVar is the variable an expression names, for identifiers only.
func (m *model) localVar(e ast.Expr) *types.Var {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return m.varOf(id)
	}
	return nil
}

func (m *model) visitCall(cur inspector.Cursor, call *ast.CallExpr) {
	switch fn := typeutil.Callee(m.info, call).(type) {
	case *types.Var:
		if !fn.IsField() && fn.Pkg() == m.pass.Pkg && fn.Parent() == m.pass.Pkg.Scope() && !m.inTestFile(call.Pos()) {
			m.funcVarCalls = append(m.funcVarCalls, call) // browser.go
		}
	case *types.Func:
		fn = fn.Origin()
		if fn.Pkg() == nil {
			return
		}
		if rt := recvType(fn); rt != nil && fn.Pkg() == m.pass.Pkg && types.IsInterface(rt) {
			if d := m.devirtualize(fn); d != nil {
				if _, ok := lookupSDK(d); ok { // a method the tables describe
					if m.devirt == nil {
						m.devirt = make(map[*ast.CallExpr]*types.Func)
					}
					m.devirt[call] = d // devirt.go
					fn = d
				}
			}
		}
		path := trimVendor(fn.Pkg().Path())
		if e, ok := lookupSDK(fn); ok {
			// The table says what the call does, under go vet too, where
			// the SDK's own code may also carry facts: one record.
			if e.call != nil {
				m.sdkCalls = append(m.sdkCalls, cur)
			}
			if e.stateCheck != nil {
				m.sdkStateChecks = append(m.sdkStateChecks, cur)
			}
			if b := e.baseURL; b != nil && b.Arg < len(call.Args) && !m.inTestFile(call.Pos()) {
				m.endpointExprs = append(m.endpointExprs, endpointExpr{kind: EndpointToken, where: "the base URL of " + shortFuncName(fn), e: call.Args[b.Arg]})
			}
			return
		}
		switch {
		case isOAuth2Path(path):
			m.oauthCalls = append(m.oauthCalls, cur)
		case fn.Pkg() == m.pass.Pkg || m.importedHelper(fn):
			m.helperCall = append(m.helperCall, cur)
		case m.lib(fn.Pkg()).lib != nil:
			m.serverCalls = append(m.serverCalls, cur)
		}
		if m.serverParamFact(fn) != nil {
			m.serverParamCalls = append(m.serverParamCalls, cur)
		}
		name := m.funcName(fn)
		if _, ok := matchFuncs[name]; ok {
			m.matchCalls = append(m.matchCalls, cur)
		} else if fn.Pkg() != m.pass.Pkg && m.mayMatchLoosely(fn) {
			m.looseImported = append(m.looseImported, cur)
		}
		if name == "context.WithValue" || fn.Name() == "ClientContext" && isOIDCPath(path) {
			m.clientCalls = append(m.clientCalls, cur)
		}
		if isStringComposer(name) && m.isString(call) {
			m.maybeRoot(cur, call)
		}
		m.callSignals(cur, fn, name, call)
		m.visitLogCall(cur, fn, name, call)
		if fn.Name() == "SetQueryParam" {
			m.queryCalls = append(m.queryCalls, cur)
		}
		if isOIDCPath(path) {
			m.oidcCall(cur, fn, call)
		}
	}
}

// isStringComposer reports whether fn builds a string that oauthvet
// evaluates (and so may be a request URL or body of its own).
func isStringComposer(name string) bool {
	switch name {
	case "fmt.Sprintf", "strings.Join", "(net/url.Values).Encode", "(*net/url.URL).String":
		return true
	}
	return false
}

// funcName is funcName(fn), computed once per function and package: the
// traversal asks for the name of every call's callee.
func (m *model) funcName(fn *types.Func) string {
	name, ok := m.names[fn]
	if !ok {
		name = funcName(fn)
		m.names[fn] = name
	}
	return name
}

// importedHelper reports whether fn, from another package, carries an
// AuthURLFact, a TokenRequestFact or a CodeParamFact (once per function
// and package).
func (m *model) importedHelper(fn *types.Func) bool {
	is, ok := m.helpers[fn]
	if !ok {
		is = m.pass.ImportObjectFact(fn, new(AuthURLFact)) || m.pass.ImportObjectFact(fn, new(TokenRequestFact)) ||
			m.pass.ImportObjectFact(fn, new(CodeParamFact))
		m.helpers[fn] = is
	}
	return is
}

// funcName is fn's full name with vendoring removed, as used in tables.
func funcName(fn *types.Func) string {
	name := fn.Origin().FullName()
	if i := strings.LastIndex(name, "/vendor/"); i >= 0 {
		// "(*example.com/vendor/golang.org/x/oauth2.Config).X"
		start := strings.LastIndexAny(name[:i], "(*") + 1
		name = name[:start] + name[i+len("/vendor/"):]
	}
	return name
}

func (m *model) visitIdent(cur inspector.Cursor, id *ast.Ident) {
	switch obj := m.info.Uses[id].(type) {
	case *types.Const:
		if obj.Val().Kind() == constant.String && mentionsRequest(constant.StringVal(obj.Val())) {
			// A qualified constant is judged as the selector pkg.Name.
			if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
				cur = cur.Parent()
				m.maybeRoot(cur, sel)
				return
			}
			m.maybeRoot(cur, id)
		}
	case *types.Var:
		if obj.IsField() {
			m.visitFieldRead(cur, id, obj)
			m.nonceField(cur, id, obj)
			return
		}
		if obj.Pkg() != nil && obj.Pkg().Path() == "os" && obj.Name() == "Stdin" {
			if !m.inTestFile(id.Pos()) {
				m.result.Signals.Stdin = append(m.result.Signals.Stdin, id)
			}
			return
		}
		if c := m.containerOfVar(id); c != nil {
			m.containerUse(c, cur, id)
		}
		if obj.Pkg() != nil && obj.Pkg() != m.pass.Pkg && obj.Parent() == obj.Pkg().Scope() {
			m.otherVars = append(m.otherVars, cur) // served.go
		}
	case *types.Func:
		// http.HandleFunc("/login", gothic.BeginAuthHandler): an SDK's
		// handler named as a value starts its flow where it is served.
		if obj.Pkg() == nil || obj.Pkg() == m.pass.Pkg {
			return
		}
		use := cur
		if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			use = cur.Parent()
		}
		if _, called := calledAt(cur); called {
			return
		}
		if e, ok := lookupSDK(obj); ok && e.call != nil && e.call.Delivery == knowledge.Redirects && e.call.Flow != knowledge.NoFlow {
			m.sdkValues = append(m.sdkValues, use)
		}
	}
}

func (m *model) visitCompositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := m.info.TypeOf(lit)
	if t == nil {
		return
	}
	m.serverLit(cur, t)
	m.endpointLit(lit, t)
	if isNamed(t, "net/http", "Server") {
		if m.servedOnListener(cur) {
			return // Serve(ln) ignores Addr: the listener says where
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Addr" && !m.inTestFile(kv.Pos()) {
					m.listener(kv.Value)
				}
			}
		}
		return
	}
	if isOIDCConfig(t) {
		m.oidcConfigLit(cur, lit)
		return
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok {
					v, _ := m.info.Uses[k].(*types.Var)
					if v != nil && v.IsField() && v.Origin().Pkg() == m.pass.Pkg && isStringType(v.Type()) {
						m.fieldWrite(v.Origin(), def{rhs: kv.Value, tuple: -1, cur: cur, op: token.ASSIGN})
					}
					m.recordSDKField(v, kv.Value, -1) // &App{provider: p}
					m.optionFieldWrite(k, kv.Value)
				}
			}
		}
		m.fieldLit(lit, st)
		m.unkeyedLit(lit, st)
	}
	kind := m.containerKindOf(t)
	if kind == notContainer {
		return
	}
	// A literal that initialises a container variable is that variable's
	// base; any other literal is a container of its own.
	if v := m.definedVar(cur); v != nil && m.containerKindOf(v.Type()) != notContainer {
		return
	}
	if m.requestFormAssign(cur) {
		// r.Form = url.Values{"response_type": …}: the form of a request
		// this program serves, rebuilt for a server library to read
		// (an authorization server's consent step), not one it sends.
		return
	}
	key := containerKey{lit: lit}
	c := &container{key: key, kind: kind, cur: cur, lit: lit}
	m.containers[key] = c
	c.flows = append(c.flows, cur)
}

// requestFormAssign reports whether the literal at cur is assigned to the
// Form or PostForm field of an http.Request.
func (m *model) requestFormAssign(cur inspector.Cursor) bool {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, r := range as.Rhs {
		if r != cur.Node() {
			continue
		}
		sel, ok := ast.Unparen(as.Lhs[i]).(*ast.SelectorExpr)
		return ok && (sel.Sel.Name == "Form" || sel.Sel.Name == "PostForm") && isNamed(m.info.TypeOf(sel.X), "net/http", "Request")
	}
	return false
}

// servedForm reports whether a url.Values variable goes to the Form or
// PostForm of an http.Request (form := url.Values{…}; r.PostForm = form).
func (m *model) servedForm(c *container) bool {
	v := c.key.v
	if v == nil || !c.cur.Valid() {
		return false
	}
	found := false
	m.eachUse(v, c.cur, func(use inspector.Cursor) {
		found = found || m.requestFormAssign(use)
	})
	return found
}

// definedVar is the variable that the expression at cur is assigned to, if
// it is the whole right-hand side of a single-value assignment or
// declaration (possibly behind &).
func (m *model) definedVar(cur inspector.Cursor) *types.Var {
	e := cur.Node()
	parent := cur.Parent()
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, parent = u, parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == e {
					return m.localVar(p.Lhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for i, r := range p.Values {
				if r == e {
					v, _ := m.info.Defs[p.Names[i]].(*types.Var)
					return v
				}
			}
		}
	}
	return nil
}

// maybeRoot records a string expression as a root when it is maximal (not
// part of a larger string the evaluator composes) and does not sit where a
// string is examined rather than sent (comparisons, error messages).
func (m *model) maybeRoot(cur inspector.Cursor, e ast.Expr) {
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.BinaryExpr:
			if p.Op == token.ADD && m.isString(p) {
				return // the larger concatenation is the root
			}
			return // a comparison or other operator examines the string
		case *ast.CallExpr:
			if isArg(p, cur.Node()) {
				if fn, ok := typeutil.Callee(m.info, p).(*types.Func); ok {
					if isStringComposer(m.funcName(fn.Origin())) && m.isString(p) {
						return // an argument of a string we evaluate
					}
					if examinesString(fn) {
						return
					}
					if m.redirectValue(fn, p, cur.Node()) {
						return // q.Set("redirect_uri", fmt.Sprintf("http://%s/cb?response_type=code", host)): the callback's address, a value of another request
					}
				}
				if _, ok := typeutil.Callee(m.info, p).(*types.Builtin); ok {
					return // panic("…"), len("…")
				}
			}
		case *ast.CompositeLit:
			// strings.Join([]string{"a=b", "c=d"}, "&"): the Join is the root.
			if gp, ok := parent.Parent().Node().(*ast.CallExpr); ok {
				if fn, ok := typeutil.Callee(m.info, gp).(*types.Func); ok && funcName(fn) == "strings.Join" {
					return
				}
			}
		case *ast.KeyValueExpr:
			// map[string]any{"value": "grant_type=password&…"}: an
			// example in a document the program serves (OpenAPI), data
			// of a JSON value, not a request's body.
			if p.Value == cur.Node() {
				if lit, ok := parent.Parent().Node().(*ast.CompositeLit); ok {
					if mt, ok := underlying(m.info, lit).(*types.Map); ok && types.IsInterface(mt.Elem()) {
						return
					}
				}
			}
		case *ast.CaseClause, *ast.Field, *ast.ImportSpec, *ast.SwitchStmt:
			return
		case *ast.ValueSpec:
			if isConstSpec(parent) {
				return // judged where the constant is used
			}
		}
		break
	}
	m.roots = append(m.roots, cur)
}

// redirectValue reports whether n is the value call gives a redirect
// URI parameter in a url.Values (q.Set("redirect_uri", n), q.Add):
// the client's own callback address, whatever its query says, is no
// request of its own.
func (m *model) redirectValue(fn *types.Func, call *ast.CallExpr, n ast.Node) bool {
	switch funcName(fn) {
	case "(net/url.Values).Set", "(net/url.Values).Add":
		return len(call.Args) == 2 && call.Args[1] == n && isRedirectName(m.constString(call.Args[0]))
	}
	return false
}

func isConstSpec(specCur inspector.Cursor) bool {
	gd, ok := specCur.Parent().Node().(*ast.GenDecl)
	return ok && gd.Tok == token.CONST
}

func isArg(call *ast.CallExpr, n ast.Node) bool {
	for _, a := range call.Args {
		if a == n {
			return true
		}
	}
	return false
}

// examinesString reports whether fn reads a string argument rather than
// sending it: error and log messages, searches, parsers of other formats.
func examinesString(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "errors", "log", "log/slog", "regexp", "testing":
		return true
	case "bytes":
		return fn.Name() != "NewBufferString" // a request body
	case "strings":
		return fn.Name() != "NewReader" && fn.Name() != "Join"
	case "fmt":
		return fn.Name() == "Errorf"
	}
	return false
}

func (m *model) isString(e ast.Expr) bool {
	t := m.info.TypeOf(e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// isNamed reports whether t (or *t) is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Name() == name && trimVendor(n.Obj().Pkg().Path()) == pkg
}

func isURLType(t types.Type) bool { return isNamed(t, "net/url", "URL") }

// servedOnListener reports whether the http.Server literal at cur is held
// in a local variable, or a struct field, that is started only with Serve
// or ServeTLS on a listener of its own (srv.Serve(ln)), which ignore the
// server's Addr.
func (m *model) servedOnListener(cur inspector.Cursor) bool {
	serves, listens := false, false
	method := func(name string) {
		switch name {
		case "Serve", "ServeTLS":
			serves = true
		case "ListenAndServe", "ListenAndServeTLS":
			listens = true
		}
	}
	if v := m.definedVar(cur); v != nil && v.Parent() != m.pass.Pkg.Scope() {
		m.eachUse(v, cur, func(use inspector.Cursor) {
			if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.X == use.Node() {
				method(sel.Sel.Name)
			}
		})
		return serves && !listens
	}
	// cs.server = &http.Server{…}; … cs.server.Serve(ln)
	field := m.writtenField(cur)
	if field == nil {
		return false
	}
	for c := range m.in.Root().Preorder((*ast.SelectorExpr)(nil)) {
		sel := c.Node().(*ast.SelectorExpr)
		if inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && m.info.Uses[inner.Sel] == field {
			method(sel.Sel.Name)
		}
	}
	return serves && !listens
}
