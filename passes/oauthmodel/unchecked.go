package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// UncheckedRedirect is a hand-written authorization response that sends
// a code or an access token to the redirect URI the request named, with
// no comparison of that URI with anything on the way: the handler reads
// the URI from the request, keeps it in local variables that nothing but
// an emptiness test, url.Parse and the redirect itself reads, and
// redirects to it with the code (or token) in the URL.
type UncheckedRedirect struct {
	Node      *ast.CallExpr // the redirect (http.Redirect, c.Redirect)
	Requested ast.Expr      // where the handler reads the requested URI: a call, or a bound struct's field
	Carries   string        // "code", "access_token" or "id_token"
	// Kept is the field of the record another handler kept the URI in,
	// read back here (pending.RedirectURI), or nil.
	Kept *ast.SelectorExpr
	// HostOnly is set when the handler compares the URI's host and
	// nothing else of it (u.Hostname() against the client's domains): a
	// check by host, which lets any path, port or scheme on it through.
	HostOnly ast.Expr
	// CheckedAt is set, with Carries empty, on an error reply redirected
	// to the requested URI before the handler checks it: the read that
	// may check it, after this redirect.
	CheckedAt ast.Expr
	// Refused is set when CheckedAt comes before the redirect, which
	// runs on the branch where that check failed: the error reply goes
	// to the very URI the check refused.
	Refused bool
}

// uncheckedRedirects fills Server.Unchecked. Only what one function does
// is read: a URI passed to, returned to or stored for other code may be
// checked there, and is not reported.
func (m *model) uncheckedRedirects() {
	if len(m.httpRedirects) == 0 || handBuiltExempt(m.pass.Pkg) {
		return
	}
	wrappers := m.redirectWrappers()
	defer func() { m.wrappers = nil }()
	sites := append([]inspector.Cursor(nil), m.httpRedirects...)
	for _, cur := range m.localCalls {
		if fn, ok := typeutil.Callee(m.info, cur.Node().(*ast.CallExpr)).(*types.Func); ok {
			if _, ok := wrappers[fn.Origin()]; ok {
				sites = append(sites, cur)
			}
		}
	}
	for _, cur := range sites {
		call := cur.Node().(*ast.CallExpr)
		target := m.redirectTarget(call)
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
			if i, ok := wrappers[fn.Origin()]; ok && i < len(call.Args) {
				target = call.Args[i]
			}
		}
		if target == nil || m.inTest(call) {
			continue
		}
		fn := enclosingFunc(cur)
		if fn == nil {
			continue
		}
		var chain readChain
		read := m.requestedRead(target, &chain, 0)
		if read == nil {
			continue
		}
		carries := m.carried(target)
		if carries == "" {
			carries = m.setsResponseParamOn(fn, call)
		}
		if carries == "" {
			carries = m.valuesCarry(call) // sendBack(w, r, uri, url.Values{"code": {c}})
		}
		if carries == "" {
			m.earlyRedirect(fn, chain, call, target, read)
			continue
		}
		var host ast.Node
		if !m.passedThrough(fn, chain, target, &host) || m.checkedElsewhere(fn, read, call) {
			continue
		}
		hostOnly, _ := host.(ast.Expr)
		u := &UncheckedRedirect{Node: call, Requested: read, Carries: carries, HostOnly: hostOnly, Kept: chain.kept}
		if i := slices.IndexFunc(m.result.Server.Unchecked, func(o *UncheckedRedirect) bool { return m.sameRead(o.Requested, read) }); i >= 0 {
			// One read, several redirects (an error=access_denied
			// reply, then the code): one finding, at the last.
			if call.Pos() > m.result.Server.Unchecked[i].Node.Pos() {
				m.result.Server.Unchecked[i] = u
			}
			continue
		}
		m.result.Server.Unchecked = append(m.result.Server.Unchecked, u)
	}
}

// earlyRedirect records a redirect to the requested URI that carries no
// code or token (an error reply) and comes before the authorization
// endpoint's check of that URI (checkedAfter): one per read, the first.
func (m *model) earlyRedirect(fn ast.Node, chain readChain, call *ast.CallExpr, target, read ast.Expr) {
	if !m.readsServedParam(fn, paramClientID) {
		return // not an authorization endpoint's request
	}
	check, refused := m.checkedAfter(fn, chain, call, target)
	if check == nil || !refused && m.checkedElsewhere(fn, read, call) {
		return
	}
	u := &UncheckedRedirect{Node: call, Requested: read, CheckedAt: check, Refused: refused}
	if i := slices.IndexFunc(m.result.Server.Unchecked, func(o *UncheckedRedirect) bool { return m.sameRead(o.Requested, read) }); i >= 0 {
		if call.Pos() < m.result.Server.Unchecked[i].Node.Pos() {
			m.result.Server.Unchecked[i] = u
		}
		return
	}
	m.result.Server.Unchecked = append(m.result.Server.Unchecked, u)
}

// sameRead reports whether two reads of the requested URI are one: the
// same call, or the same field of the same bound struct.
func (m *model) sameRead(a, b ast.Expr) bool {
	if a == b {
		return true
	}
	sa, ok1 := a.(*ast.SelectorExpr)
	sb, ok2 := b.(*ast.SelectorExpr)
	if !ok1 || !ok2 {
		return false
	}
	fa, va, _ := m.boundRead(sa)
	fb, vb, _ := m.boundRead(sb)
	return fa != nil && fa == fb && va == vb
}

// redirectTarget is the URL a redirect call sends the browser to:
// http.Redirect's third argument, a Location header's value, or the one
// string argument of a web framework's Redirect (gin's c.Redirect(code,
// location), echo's).
func (m *model) redirectTarget(call *ast.CallExpr) ast.Expr {
	if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
		switch funcName(fn) {
		case "net/http.Redirect":
			if len(call.Args) == 4 {
				return call.Args[2]
			}
			return nil
		case "(net/http.Header).Set", "(net/http.Header).Add":
			if len(call.Args) == 2 {
				return call.Args[1] // the Location header
			}
			return nil
		}
	}
	var target ast.Expr
	for _, a := range call.Args {
		if m.isString(a) {
			if target != nil {
				return nil
			}
			target = a
		}
	}
	return target
}

// requestedRead finds, in the redirect target e, the read of the
// requested redirect URI from the request (r.FormValue("redirect_uri"),
// r.URL.Query().Get("redirect_uri"), c.Query("redirect_url")), through
// concatenation, fmt.Sprintf, url.Parse and (*url.URL).String, and
// through local variables one assignment reaches, which it adds to
// chain.
func (m *model) requestedRead(e ast.Expr, chain *readChain, depth int) ast.Expr {
	if depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			return nil // a package variable: set anywhere
		}
		d, ok := m.singleDef(v)
		if !ok {
			d, ok = m.fallbackDef(v)
		}
		if !ok {
			d, ok = m.extendedDef(v)
		}
		if !ok {
			d, ok = m.reachingDef(v, x)
		}
		if !ok {
			// Several assignments reach the redirect (an error reply
			// first, then the code under a condition): one read, when
			// each of them builds on the same read.
			if r := m.everyReachingRead(v, x, chain, depth); r != nil {
				return r
			}
		}
		if !ok || d.rhs == nil {
			return nil // a parameter, or assigned more than once
		}
		rhs := d.rhs
		if d.tuple >= 0 {
			call, ok := ast.Unparen(rhs).(*ast.CallExpr)
			if !ok {
				return nil
			}
			if d.tuple > 0 || len(call.Args) != 1 || !urlParse(typeutil.Callee(m.info, call)) {
				// _, uri, err := parseAuthorize(r): what the package's
				// function returns, when it only passes it through.
				if r := m.returnedRead(call, d.tuple, depth); r != nil {
					chain.add(v, x)
					return r
				}
				return nil
			}
			rhs = call.Args[0]
		}
		chain.add(v, x)
		return m.requestedRead(rhs, chain, depth+1)
	case *ast.SelectorExpr:
		// req.RedirectURI of a struct the request was decoded into.
		if f, _, _ := m.boundRead(x); f != nil {
			chain.add(f, x.Sel)
			return x
		}
		// authReq.RedirectURI of a struct literal filled from the
		// request.
		if f, _, _ := m.filledField(x, depth); f != nil {
			chain.add(f, x.Sel)
			return x
		}
		// rec.RedirectURI of a record another handler kept.
		if r := m.keptRead(x, depth); r != nil {
			chain.add(m.info.Uses[x.Sel].(*types.Var), x.Sel)
			chain.kept = x
			return r
		}
		return nil
	case *ast.IndexExpr:
		if m.indexesRedirectParam(x) {
			return x
		}
		return nil
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return nil
		}
		if r := m.requestedRead(x.X, chain, depth+1); r != nil {
			return r
		}
		return m.requestedRead(x.Y, chain, depth+1)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(m.info, x).(*types.Func)
		if fn == nil {
			return nil
		}
		switch funcName(fn) {
		case "fmt.Sprintf":
			if len(x.Args) == 0 {
				return nil
			}
			for _, a := range x.Args[1:] {
				if r := m.requestedRead(a, chain, depth+1); r != nil {
					return r
				}
			}
			return nil
		case "(*net/url.URL).String":
			if s, ok := x.Fun.(*ast.SelectorExpr); ok {
				return m.requestedRead(s.X, chain, depth+1)
			}
			return nil
		case "net/url.Parse", "net/url.ParseRequestURI":
			// return url.Parse(uri) of a helper (returnedRead).
			if len(x.Args) == 1 {
				return m.requestedRead(x.Args[0], chain, depth+1)
			}
			return nil
		}
		if m.readsRedirectParam(x) {
			return x
		}
	}
	return nil
}

// everyReachingRead is the read of the requested URI that every
// assignment of v above use builds on, when there are several and each
// is a plain assignment that does (target := uri + "?error=…", then
// target = uri + "?code=" + c in a branch): nil when one of them builds
// on something else, or the assignments cannot be told apart (a loop).
func (m *model) everyReachingRead(v *types.Var, use ast.Node, chain *readChain, depth int) ast.Expr {
	before, _ := m.defsAbove(v, use)
	if len(before) < 2 {
		return nil
	}
	var read ast.Expr
	var sub readChain
	for _, d := range before {
		if d.rhs == nil || d.tuple >= 0 {
			return nil
		}
		r := m.requestedRead(d.rhs, &sub, depth+1)
		if r == nil || read != nil && !m.sameRead(read, r) {
			return nil
		}
		read = r
	}
	chain.add(v, use)
	chain.vars = append(chain.vars, sub.vars...)
	chain.links = append(chain.links, sub.links...)
	return read
}

// readChain is what requestedRead followed from a redirect's target to
// the read of the requested URI: the variables (and a bound struct's
// field), and the uses of each by which the next one was assigned
// (uri in redirect := fmt.Sprintf("%s?code=%s", uri, code)).
type readChain struct {
	vars  []*types.Var
	links []ast.Node
	kept  *ast.SelectorExpr // the field of a kept record read back (keptredirect.go)
}

func (c *readChain) add(v *types.Var, use ast.Node) {
	c.vars = append(c.vars, v)
	c.links = append(c.links, use)
}

// returnedRead is the requested URI's read that result i of a call to
// the package's function returns, when that function keeps it in
// variables it only passes through and checks it no other way.
func (m *model) returnedRead(call *ast.CallExpr, i int, depth int) ast.Expr {
	var found ast.Expr
	m.eachResult(call, i, func(decl *ast.FuncDecl, res ast.Expr) bool {
		var sub readChain
		read := m.requestedRead(res, &sub, depth+1)
		if read != nil && m.onlyPassedThrough(decl, sub, res) && !m.checkedElsewhere(decl, read, nil) {
			found = read
		}
		return found != nil
	})
	return found
}

// eachResult calls f with result i of each return statement of the
// package's function that call calls (not those of its function
// literals), until f returns true.
func (m *model) eachResult(call *ast.CallExpr, i int, f func(decl *ast.FuncDecl, res ast.Expr) bool) {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || i < 0 {
		return
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return
	}
	decl := cur.Node().(*ast.FuncDecl)
	done := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch r := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if !done && len(r.Results) > i && (len(r.Results) > 1 || i == 0) {
				done = f(decl, r.Results[i])
			}
			return false
		}
		return !done
	})
}

// redirectWrappers are the package's functions that redirect the browser
// to one of their parameters (redirectWithQuery(to, q, w, r) calling
// http.Redirect(w, r, to+"?"+q.Encode(), 302)), using it for nothing
// else: a call of one is a redirect to that argument. Found from the
// package's redirects, then from calls of the wrappers found.
func (m *model) redirectWrappers() map[*types.Func]int {
	wrappers := make(map[*types.Func]int)
	m.wrappers = wrappers // passThroughUse reads those found so far
	consider := func(cur inspector.Cursor, target ast.Expr) {
		fd, ok := enclosingFunc(cur).(*ast.FuncDecl)
		if !ok || target == nil {
			return
		}
		fn, ok := m.info.Defs[fd.Name].(*types.Func)
		if !ok {
			return
		}
		if _, done := wrappers[fn]; done {
			return
		}
		params := fn.Signature().Params()
		for i := 0; i < params.Len(); i++ {
			p := params.At(i)
			if m.derivesFrom(target, p, 0) && m.onlyPassedThrough(fd, readChain{vars: []*types.Var{p}}, m.throughLocals(target)) {
				wrappers[fn] = i
				return
			}
		}
	}
	for _, cur := range m.httpRedirects {
		consider(cur, m.redirectTarget(cur.Node().(*ast.CallExpr)))
	}
	for range 2 { // wrappers of wrappers (errorRedirect calling redirectWithQuery)
		for _, cur := range m.localCalls {
			call := cur.Node().(*ast.CallExpr)
			if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
				if i, ok := wrappers[fn.Origin()]; ok && i < len(call.Args) {
					consider(cur, call.Args[i])
				}
			}
		}
	}
	return wrappers
}

// throughLocals is e, or the value of the local variable e names when
// one assignment reaches it (target := u.String(): u.String()), followed
// a few times.
func (m *model) throughLocals(e ast.Expr) ast.Expr {
	for range 4 {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return e
		}
		v := m.varOf(id)
		if v == nil || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return e
		}
		d, ok := m.reachingDef(v, id)
		if !ok || d.rhs == nil || d.tuple >= 0 {
			return e
		}
		e = d.rhs
	}
	return e
}

// derivesFrom reports whether e uses p, itself or through local
// variables assigned once (target := u.String()).
func (m *model) derivesFrom(e ast.Expr, p *types.Var, depth int) bool {
	uses := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if uses || !ok {
			return !uses
		}
		v := m.varOf(id)
		switch {
		case v == p:
			uses = true
		case v != nil && depth < 4 && v.Parent() != nil && v.Pkg() != nil && v.Parent() != v.Pkg().Scope():
			if d, ok := m.singleDef(v); ok && d.rhs != nil && d.tuple <= 0 {
				uses = m.derivesFrom(d.rhs, p, depth+1) // u, err := url.Parse(base): its first result
			}
		}
		return !uses
	})
	return uses
}

// valuesCarry reports which response parameter a url.Values literal
// among a call's arguments holds (a redirect wrapper's query).
func (m *model) valuesCarry(call *ast.CallExpr) string {
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && isNamed(m.info.TypeOf(id), "net/url", "Values") {
			// q, err := issue(r, u); sendBack(w, r, u, q)
			if d, ok := m.singleDef(m.varOf(id)); ok && d.tuple <= 0 && d.rhs != nil {
				a = d.rhs
			}
		}
		if c, ok := ast.Unparen(a).(*ast.CallExpr); ok && (isNamed(m.info.TypeOf(c), "net/url", "Values") || m.firstResultValues(c)) {
			// sendBack(w, r, u, issue(r, u)): a function of the package
			// that sets the code on the values it returns.
			if f, ok := typeutil.Callee(m.info, c).(*types.Func); ok {
				if cur, ok := m.funcDecls[f.Origin()]; ok {
					if s := m.setsResponseParamOn(cur.Node(), nil); s != "" {
						return s
					}
				}
			}
			continue
		}
		lit, ok := ast.Unparen(a).(*ast.CompositeLit)
		if !ok || !isNamed(m.info.TypeOf(lit), "net/url", "Values") {
			continue
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if s := m.str(kv.Key, nil); responseKeys[s] {
					return s
				}
			}
		}
	}
	return ""
}

// firstResultValues reports whether call returns several results, the
// first of them url.Values.
func (m *model) firstResultValues(call *ast.CallExpr) bool {
	t, ok := m.info.TypeOf(call).(*types.Tuple)
	return ok && t.Len() > 0 && isNamed(t.At(0).Type(), "net/url", "Values")
}

// wrapperArg reports whether arg is the argument a call of a redirect
// wrapper redirects to.
func (m *model) wrapperArg(n ast.Node, arg ast.Expr) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok || m.wrappers == nil {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return false
	}
	i, ok := m.wrappers[fn.Origin()]
	return ok && i < len(call.Args) && call.Args[i] == arg
}

// fallbackDef is the first of v's two assignments when the other only
// replaces an empty value (if v == "" { v = registered }): the value that
// reaches the redirect is then the first one whenever it is not empty.
func (m *model) fallbackDef(v *types.Var) (def, bool) {
	defs := m.defs[v]
	if m.addrTaken[v] || len(defs) != 2 {
		return def{}, false
	}
	for i, d := range defs {
		other := defs[1-i].cur
		as, ok := other.Node().(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 {
			continue
		}
		blk, ok := other.Parent().Node().(*ast.BlockStmt)
		if !ok {
			continue
		}
		ifs, ok := other.Parent().Parent().Node().(*ast.IfStmt)
		if !ok || ifs.Body != blk || ifs.Else != nil || ifs.Init != nil {
			continue
		}
		if cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr); ok && cond.Op == token.EQL &&
			(m.isVar(cond.X, v) && m.str(cond.Y, nil) == "" || m.isVar(cond.Y, v) && m.str(cond.X, nil) == "") {
			return d, true
		}
	}
	return def{}, false
}

func (m *model) isVar(e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && m.info.Uses[id] == v
}

func urlParse(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	switch funcName(fn) {
	case "net/url.Parse", "net/url.ParseRequestURI":
		return true
	}
	return false
}

// carried reports which response parameter a constant part of the
// redirect target, or of the value a local variable naming it holds,
// starts: "?code=", "&code=", "#access_token=".
func (m *model) carried(target ast.Expr) string {
	if id, ok := ast.Unparen(m.throughLocals(target)).(*ast.Ident); ok {
		// A variable several assignments reach: what any of them carries.
		if v := m.varOf(id); v != nil && !m.addrTaken[v] {
			if before, last := m.defsAbove(v, id); !last && len(before) > 1 {
				for _, d := range before {
					if d.rhs != nil && d.tuple < 0 {
						if c := m.carried(d.rhs); c != "" {
							return c
						}
					}
				}
			}
		}
	}
	found := ""
	ast.Inspect(m.throughLocals(target), func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || found != "" {
			return found == ""
		}
		if tv, ok := m.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			found = responseParam(constant.StringVal(tv.Value))
			return false
		}
		return true
	})
	return found
}

// responseKeys are the authorization response parameters that carry a
// credential to the redirect URI: the code (RFC 6749 §4.1.2), an access
// token (§4.2.2), an ID token (OpenID Connect Core §3.2.2.5).
var responseKeys = map[string]bool{"code": true, "access_token": true, "id_token": true}

// responseParam is the authorization response parameter s (a part of a
// URL) starts: "code=" or "access_token=" at its start or after ?, & or #.
func responseParam(s string) string {
	for _, p := range []string{"code", "access_token", "id_token"} {
		for i := 0; ; {
			j := strings.Index(s[i:], p+"=")
			if j < 0 {
				break
			}
			j += i
			if j == 0 || strings.ContainsRune("?&#", rune(s[j-1])) {
				return p
			}
			i = j + 1
		}
	}
	return ""
}

// setsResponseParam reports which response parameter the function sets:
// in a url.Values (q.Set("code", …), q.Add("access_token", …), or a
// literal), in a map of response parameters (params["code"] = c, or a
// literal) or as a pair handed to a
// helper that appends it to the URI (withQuery(u, "code", c), extendedDef).
func (m *model) setsResponseParam(fn ast.Node) string {
	return m.setsResponseParamOn(fn, nil)
}

// setsResponseParamOn is setsResponseParam on the paths through at
// (offPaths).
func (m *model) setsResponseParamOn(fn, at ast.Node) string {
	found := ""
	response := func(s string) {
		if responseKeys[s] {
			found = s
		}
	}
	args := make(map[ast.Node]bool)
	var off map[ast.Node]bool
	end := token.NoPos
	if at != nil {
		off = offPaths(fn, at)
		end = returnsAfter(fn, at)
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if found != "" || off[n] || end.IsValid() && n != nil && n.Pos() > end {
			return false
		}
		switch x := n.(type) {
		case *ast.CallExpr:
			for _, a := range x.Args {
				args[ast.Unparen(a)] = true
			}
			if f, _ := typeutil.Callee(m.info, x).(*types.Func); f != nil && len(x.Args) == 2 {
				switch funcName(f) {
				case "(net/url.Values).Set", "(net/url.Values).Add":
					response(m.str(x.Args[0], nil))
					return true
				}
			}
			if m.extendedArg(x) >= 0 {
				for _, a := range x.Args {
					response(m.constString(a))
				}
			}
			if at != nil && !args[x] && (isNamed(m.info.TypeOf(x), "net/url", "Values") || m.firstResultValues(x)) {
				// v, err := p.issue(u, st); u.RawQuery = v.Encode(): the
				// values a function of the package sets the code on (its
				// own body read without this one's path limits). One
				// handed to a call is that call's (valuesCarry).
				if f, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
					if cur, ok := m.funcDecls[f.Origin()]; ok && cur.Node() != fn {
						response(m.setsResponseParamOn(cur.Node(), nil))
					}
				}
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
					if _, isMap := underlying(m.info, ix.X).(*types.Map); isMap {
						response(m.str(ix.Index, nil))
					}
				}
			}
		case *ast.CompositeLit:
			// url.Values{"code": {c}, "state": {st}}.Encode(); one handed
			// to a call is that call's (valuesCarry).
			if _, isMap := underlying(m.info, x).(*types.Map); isMap && !args[x] {
				for _, elt := range x.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						response(m.constString(kv.Key))
					}
				}
			}
		}
		return true
	})
	return found
}

// extendedDef is the first of v's two assignments when the other only
// extends it with a helper of the package (v = addParams(v, params)),
// one whose result is its parameter with more appended (extends).
func (m *model) extendedDef(v *types.Var) (def, bool) {
	defs := m.defs[v]
	if m.addrTaken[v] || len(defs) != 2 || defs[0].cur.Node().Pos() > defs[1].cur.Node().Pos() {
		return def{}, false
	}
	as, ok := defs[1].cur.Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !m.isVar(as.Lhs[0], v) {
		return def{}, false
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return def{}, false
	}
	if i := m.extendedArg(call); i < 0 || !m.isVar(call.Args[i], v) {
		return def{}, false
	}
	return defs[0], true
}

// extendedArg is the index of the argument that a call of a helper of
// the package returns extended, -1 if the callee is no such helper.
func (m *model) extendedArg(call *ast.CallExpr) int {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || fn.Pkg() != m.pass.Pkg {
		return -1
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return -1
	}
	decl := cur.Node().(*ast.FuncDecl)
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !isStringType(sig.Results().At(0).Type()) {
		return -1
	}
	for i := range min(sig.Params().Len(), len(call.Args)) {
		if p := sig.Params().At(i); isStringType(p.Type()) && m.extends(decl, p) {
			return i
		}
	}
	return -1
}

// extends reports whether every return of decl gives its parameter p
// with text appended (p + "&code=" + c, strings.TrimSuffix(p, "&")), p
// being changed only by appending (p += …).
func (m *model) extends(decl *ast.FuncDecl, p *types.Var) bool {
	var derives func(e ast.Expr, depth int) bool
	derives = func(e ast.Expr, depth int) bool {
		if depth > maxDepth {
			return false
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return m.info.Uses[x] == p
		case *ast.BinaryExpr:
			return x.Op == token.ADD && derives(x.X, depth+1)
		case *ast.CallExpr:
			f, _ := typeutil.Callee(m.info, x).(*types.Func)
			if f == nil || f.Pkg() == nil || f.Pkg().Path() != "strings" || len(x.Args) == 0 {
				return false
			}
			switch f.Name() {
			case "TrimSuffix", "TrimRight", "TrimSpace":
				return derives(x.Args[0], depth+1)
			}
		}
		return false
	}
	ok, returns := true, 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			ok = ok && len(x.Results) == 1 && derives(x.Results[0], 0)
		case *ast.AssignStmt:
			for i, l := range x.Lhs {
				if !m.isVar(l, p) {
					continue
				}
				switch {
				case x.Tok == token.ADD_ASSIGN:
				case x.Tok == token.ASSIGN && len(x.Rhs) == len(x.Lhs) && derives(x.Rhs[i], 0):
				default:
					ok = false
				}
			}
		}
		return ok
	})
	return ok && returns > 0
}

// onlyPassedThrough reports whether every read of the chain's variables
// in fn is in the redirect target, an emptiness test (v == "", v != ""),
// the argument of url.Parse, or a method call on the parsed URL (its
// Query, to add the code): no comparison, no call that could check it.
func (m *model) onlyPassedThrough(fn ast.Node, chain readChain, target ast.Expr) bool {
	return m.passedThrough(fn, chain, target, nil)
}

// passedThrough is onlyPassedThrough, where a read of the parsed URI's
// host (u.Hostname(), u.Host) also passes, and is recorded in *host,
// when host is not nil: a URI compared by its host alone.
func (m *model) passedThrough(fn ast.Node, chain readChain, target ast.Expr, host *ast.Node) bool {
	ok := true
	m.chainUses(fn, chain, target, host, func(_ ast.Expr, through bool) bool {
		ok = through
		return ok
	})
	return ok
}

// chainUses calls visit for each read of the chain's variables in fn on
// a path through the redirect to target, other than the target itself,
// the chain's own links and the function's other redirects, in source
// order, with through set when the read only passes the URI on
// (passThroughUse), until visit returns false.
func (m *model) chainUses(fn ast.Node, chain readChain, target ast.Expr, host *ast.Node, visit func(use ast.Expr, through bool) bool) {
	in := make(map[*types.Var]bool, len(chain.vars))
	for _, v := range chain.vars {
		in[v] = true
	}
	// The chain's other assignments that build the next variable from
	// the read the same way (redirect = fmt.Sprintf(…) again for a
	// second redirect): links too.
	links := chain.links
	for _, v := range chain.vars {
		if v.IsField() {
			continue
		}
		for _, d := range m.defs[v] {
			if d.rhs == nil || d.tuple >= 0 {
				continue
			}
			var sub readChain
			if m.requestedRead(d.rhs, &sub, 0) != nil {
				links = append(links, sub.links...)
			}
		}
	}
	// The targets of the function's other redirects.
	var others []ast.Expr
	for _, cur := range m.httpRedirects {
		if c := cur.Node(); c.Pos() >= fn.Pos() && c.End() <= fn.End() {
			if t := m.redirectTarget(c.(*ast.CallExpr)); t != nil && t != target {
				others = append(others, t)
			}
		}
	}
	more := true
	var stack []ast.Node
	off := offPaths(fn, target)
	m.passChain, m.passTarget = in, target
	defer func() { m.passChain, m.passTarget = nil, nil }()
	ast.Inspect(fn, func(n ast.Node) bool {
		if !more {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		id, isID := n.(*ast.Ident)
		if !isID {
			return true
		}
		v, _ := m.info.Uses[id].(*types.Var)
		if v == nil || !in[v] {
			return true
		}
		if id.Pos() >= target.Pos() && id.End() <= target.End() || slices.Contains(links, ast.Node(id)) {
			return true // the redirect, or the value of the chain's next variable
		}
		for _, t := range others {
			if id.Pos() >= t.Pos() && id.End() <= t.End() {
				return true // another redirect to it (an error=access_denied reply)
			}
		}
		use, at := ast.Expr(id), stack
		if v.IsField() {
			// A bound struct's field: the selection req.RedirectURI is
			// the read.
			sel, isSel := stack[len(stack)-2].(*ast.SelectorExpr)
			if !isSel || sel.Sel != id {
				return true
			}
			use, at = sel, stack[:len(stack)-1]
		}
		if slices.ContainsFunc(at, func(n ast.Node) bool { return off[n] }) {
			return true // on no path through the redirect
		}
		more = visit(use, m.passThroughUse(use, at, host))
		return true
	})
}

// checkedAfter returns, for a redirect to the requested URI that carries
// no code or token (an error reply), the first read of the URI after it
// that may check it, when none comes before it on its paths: the
// handler compares the URI with the client's registration, but only
// after this redirect has sent the browser to whatever the request
// named (RFC 6749 §4.1.2.1: no redirect to an unverified URI).
func (m *model) checkedAfter(fn ast.Node, chain readChain, redirect *ast.CallExpr, target ast.Expr) (at ast.Expr, refused bool) {
	m.chainUses(fn, chain, target, nil, func(use ast.Expr, through bool) bool {
		switch {
		case through:
			return true
		case within(use, redirect):
			return false
		case use.Pos() < redirect.Pos():
			// Checked before: silent, unless the redirect is on the
			// branch where that check failed.
			if m.refusedBy(fn, use, redirect) {
				at, refused = use, true
			}
			return false
		}
		at = use
		return false
	})
	return at, refused
}

// refusedBy reports whether the redirect runs only when the check that
// reads the URI at use has failed: it is in the body of an if whose
// condition is negative (err != nil, !ok, !allowed(uri)), or in the else
// of one whose condition is positive, and that condition (or the if's
// init) holds the check or a variable the check's statement assigns,
// directly or through one more assignment (q := bson.M{"uri": uri};
// if err := coll.FindOne(ctx, q).Decode(&c); err != nil { redirect }).
func (m *model) refusedBy(fn ast.Node, use ast.Expr, redirect *ast.CallExpr) bool {
	cur, ok := m.in.Root().FindNode(redirect)
	if !ok {
		return false
	}
	var ifs *ast.IfStmt
	var inBody bool
	child := ast.Node(redirect)
	for c := range cur.Enclosing() {
		if c.Node() == fn {
			break
		}
		if s, ok := c.Node().(*ast.IfStmt); ok && (child == s.Body || child == s.Else) {
			ifs, inBody = s, child == s.Body
			break
		}
		child = c.Node()
	}
	if ifs == nil {
		return false
	}
	neg, known := m.negativeCond(ifs.Cond)
	if !known || neg != inBody {
		return false // the branch where the check passed
	}
	holds := func(n ast.Node) bool { return n != nil && within(use, n) }
	if holds(ifs.Init) || holds(ifs.Cond) {
		return true
	}
	// The variables the check's statement assigns, and those assigned
	// from them by the next statements, up to the if.
	tainted := make(map[types.Object]bool)
	ast.Inspect(fn, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() > ifs.Pos() {
			return true
		}
		from := holds(as)
		for _, r := range as.Rhs {
			ast.Inspect(r, func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok && tainted[m.info.Uses[id]] {
					from = true
				}
				return !from
			})
		}
		if from {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if o := m.info.ObjectOf(id); o != nil {
						tainted[o] = true
					}
				}
			}
		}
		return true
	})
	found := false
	for _, n := range []ast.Node{ifs.Init, ifs.Cond} {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok && tainted[m.info.Uses[id]] {
				found = true
			}
			return !found
		})
	}
	return found
}

// negativeCond says whether an if condition holds when something failed
// (err != nil, !ok, !valid(u), ok == false), and whether that is known:
// a comparison with nil, a negation, a plain call or variable, a
// comparison with a boolean constant.
func (m *model) negativeCond(cond ast.Expr) (neg, known bool) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			n, k := m.negativeCond(c.X)
			return !n, k
		}
	case *ast.BinaryExpr:
		null := func(e ast.Expr) bool { return isNil(m.info, e) }
		isBool := func(e ast.Expr) (bool, bool) {
			if tv, ok := m.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
				return constant.BoolVal(tv.Value), true
			}
			return false, false
		}
		switch {
		case c.Op == token.NEQ && (null(c.Y) || null(c.X)):
			return true, true
		case c.Op == token.EQL && (null(c.Y) || null(c.X)):
			return false, true
		}
		if b, ok := isBool(c.Y); ok && (c.Op == token.EQL || c.Op == token.NEQ) {
			return (c.Op == token.EQL) != b, true
		}
	case *ast.CallExpr:
		// errors.Is(err, ErrInvalidRedirect), errors.As(err, &e): the
		// check's error is one of these.
		if fn, ok := typeutil.Callee(m.info, c).(*types.Func); ok && (funcName(fn) == "errors.Is" || funcName(fn) == "errors.As") {
			return true, true
		}
		return false, true
	case *ast.Ident, *ast.SelectorExpr:
		return false, true
	}
	return false, false
}

// returnsAfter is the end of the innermost block of fn that holds at and
// ends in a return after it (if bad { redirect; return }): no path
// through at runs what follows it. NoPos when there is none.
func returnsAfter(fn, at ast.Node) token.Pos {
	end := token.NoPos
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil || !within(at, n) {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok && n != fn {
			end = token.NoPos // a literal's return leaves the literal only
		}
		var list []ast.Stmt
		switch b := n.(type) {
		case *ast.BlockStmt:
			list = b.List
		case *ast.CaseClause:
			list = b.Body
		case *ast.CommClause:
			list = b.Body
		}
		if endsInReturn(list) && list[len(list)-1].Pos() > at.Pos() {
			end = n.End()
		}
		return true
	})
	return end
}

// offPaths returns the statements of fn that no path through at runs:
// the other branch of each if, and the other clauses of each switch or
// select, around at; and every block or clause that ends in a return and
// does not hold at (if responseType == "code" { store the URI with the
// code; redirect; return }, then the token's redirect). Function
// literals are left alone: they run when they are called.
func offPaths(fn, at ast.Node) map[ast.Node]bool {
	off := make(map[ast.Node]bool)
	holds := func(n ast.Node) bool { return n != nil && n.Pos() <= at.Pos() && at.End() <= n.End() }
	ends := func(list []ast.Stmt) bool {
		if len(list) == 0 {
			return false
		}
		_, ret := list[len(list)-1].(*ast.ReturnStmt)
		return ret
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil || n == fn {
			return true
		}
		if _, ok := n.(*ast.FuncLit); ok && !holds(n) {
			return false
		}
		switch x := n.(type) {
		case *ast.IfStmt:
			switch {
			case holds(x.Body) && x.Else != nil:
				off[x.Else] = true
			case holds(x.Else):
				off[x.Body] = true
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			var body *ast.BlockStmt
			switch y := x.(type) {
			case *ast.SwitchStmt:
				body = y.Body
			case *ast.TypeSwitchStmt:
				body = y.Body
			case *ast.SelectStmt:
				body = y.Body
			}
			if holds(body) {
				for _, c := range body.List {
					if !holds(c) {
						off[c] = true
					}
				}
			}
		case *ast.BlockStmt:
			if !holds(x) && ends(x.List) {
				off[x] = true
			}
		case *ast.CaseClause:
			if !holds(x) && ends(x.Body) {
				off[x] = true
			}
		case *ast.CommClause:
			if !holds(x) && ends(x.Body) {
				off[x] = true
			}
		}
		return true
	})
	return off
}

func (m *model) passThroughUse(id ast.Expr, stack []ast.Node, host *ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.AssignStmt:
		// v = registered: a write (requestedRead admitted only the
		// fallback for an empty value), not a check.
		for _, l := range p.Lhs {
			if l == id {
				return true
			}
		}
		return m.storedHarmlessly(p, id)
	case *ast.KeyValueExpr:
		return p.Value == id && m.keptHarmlessly(p.Key) // grant{redirect: uri}
	case *ast.BinaryExpr:
		other := comparedWith(p, id)
		return other != nil && m.str(other, nil) == ""
	case *ast.CallExpr:
		if len(p.Args) == 1 && p.Args[0] == id && urlParse(typeutil.Callee(m.info, p)) {
			return m.parsedPassThrough(p, stack, host)
		}
		if m.loggedArg(p) {
			return true // logged: written out, not checked
		}
		// v = addParams(v, params): extended, not checked (extendedDef).
		if i := m.extendedArg(p); i >= 0 && p.Args[i] == id && len(stack) >= 3 {
			if as, ok := stack[len(stack)-3].(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && as.Rhs[0] == ast.Expr(p) {
				if l, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident); ok {
					if r, ok := id.(*ast.Ident); ok && m.info.Uses[l] == m.info.Uses[r] {
						return true
					}
				}
			}
		}
		// The URI handed to a redirect wrapper of the package (an error
		// reply redirected to it): a redirect, not a check; or to a
		// builder of the package that only keeps it (newGrant(client,
		// uri) filling a record's redirect field).
		return m.wrapperArg(p, id) || m.keptByCallee(p, id)
	case *ast.SelectorExpr:
		// u.Query(): the parsed URL's own query, to add the code to;
		// u.RawQuery = …, u.Fragment = …: the response written into it.
		if p.X != id || len(stack) < 3 {
			return false
		}
		if as, ok := stack[len(stack)-3].(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if l == ast.Expr(p) {
					return p.Sel.Name == "RawQuery" || p.Sel.Name == "Fragment"
				}
			}
			return false
		}
		if b, ok := stack[len(stack)-3].(*ast.BinaryExpr); ok && p.Sel.Name == "Scheme" && isNamed(m.info.TypeOf(p.X), "net/url", "URL") {
			// u.Scheme != "https": the scheme alone, which any
			// attacker's https URL has.
			if other := comparedWith(b, p); other != nil {
				_, isConst := m.constStr(other)
				return isConst
			}
			return false
		}
		call, ok := stack[len(stack)-3].(*ast.CallExpr)
		if host != nil && (p.Sel.Name == "Host" && !ok || ok && call.Fun == ast.Expr(p) && p.Sel.Name == "Hostname") {
			if isNamed(m.info.TypeOf(p.X), "net/url", "URL") {
				*host = p // compared by its host alone
				if ok {
					*host = call
				}
				return true
			}
		}
		if !ok || call.Fun != ast.Expr(p) {
			return false
		}
		f, _ := typeutil.Callee(m.info, call).(*types.Func)
		if f != nil && funcName(f) == "(*net/url.URL).String" && len(stack) >= 4 {
			// u.String() handed to a redirect wrapper: a redirect; or
			// to a logger: written out; or kept with the code.
			switch outer := stack[len(stack)-4].(type) {
			case *ast.CallExpr:
				if m.loggedArg(outer) {
					return true
				}
			case *ast.AssignStmt:
				return m.storedHarmlessly(outer, call)
			case *ast.KeyValueExpr:
				return outer.Value == ast.Expr(call) && m.keptHarmlessly(outer.Key)
			}
			return m.wrapperArg(stack[len(stack)-4], call)
		}
		return f != nil && funcName(f) == "(*net/url.URL).Query"
	}
	return false
}

// keptByCallee reports whether call hands id to a function of the
// package whose parameter every use of which only passes the URI on
// (passThroughUse): a builder that stores it in the field of a record
// kept harmlessly, or tests it for emptiness. Two levels of such
// builders are read.
func (m *model) keptByCallee(call *ast.CallExpr, id ast.Expr) bool {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || m.keepDepth >= 2 {
		return false
	}
	cur, ok := m.funcDecls[fn.Origin()]
	if !ok {
		return false
	}
	fd, ok := cur.Node().(*ast.FuncDecl)
	sig := fn.Origin().Signature()
	if !ok || fd.Body == nil || sig.Variadic() {
		return false
	}
	i := slices.Index(call.Args, id)
	if i < 0 || i >= sig.Params().Len() {
		return false
	}
	param := sig.Params().At(i)
	m.keepDepth++
	defer func() { m.keepDepth-- }()
	uses, through := 0, true
	var stack []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if x, ok := n.(*ast.Ident); ok && through && m.info.Uses[x] == param {
			uses++
			through = m.passThroughUse(x, stack, nil)
		}
		return through
	})
	return uses > 0 && through
}

// checkedElsewhere reports whether fn may check the requested URI other
// than through the variables the redirect reads: it reads the parameter
// again (that read may be the one compared with the registered URIs), or
// hands the request (r, or a web framework's context) to a function that
// could read and check it, other than the redirect itself and the
// standard library's error replies, formatting and logging.
func (m *model) checkedElsewhere(fn ast.Node, read ast.Expr, redirect *ast.CallExpr) bool {
	switch r := read.(type) {
	case *ast.CallExpr:
		return m.mayCheck(fn, m.rootVar(r.Fun, true), []ast.Expr{r}, redirect, 0)
	case *ast.IndexExpr:
		// q["redirect_uri"][0]: indexesRedirectParam made sure of the
		// shape.
		return m.mayCheck(fn, m.rootVar(ast.Unparen(r.X).(*ast.IndexExpr).X, true), []ast.Expr{r}, redirect, 0)
	case *ast.SelectorExpr:
		f, bound, bind := m.boundRead(r)
		if bind != nil && m.contextValue(bound) == bind {
			return true // a middleware decoded it, and may have checked it
		}
		if bound == nil {
			// A struct literal filled from the request: handed on only
			// to code that may read its redirect URI field, or the
			// request itself handed on.
			f, filled, reads := m.filledField(r, 0)
			if filled == nil || m.structHandedOn(fn, filled, nil, f.Name()) {
				return true
			}
			call, ok := reads[0].(*ast.CallExpr)
			if !ok {
				return true
			}
			return m.mayCheck(fn, m.rootVar(call.Fun, true), reads, redirect, 0)
		}
		if m.structHandedOn(fn, bound, bind, f.Name()) {
			return true
		}
		return m.mayCheck(fn, m.bindSource(bind), []ast.Expr{bind}, redirect, 0)
	}
	return true
}

// mayCheck is checkedElsewhere for the request variable req in fn. A
// function of the package the request is handed to is read in turn (its
// parameter is the request there); a request-scoped store
// (requestStores: gorilla/context's Get(r, key)) checks nothing.
func (m *model) mayCheck(fn ast.Node, req *types.Var, reads []ast.Expr, redirect *ast.CallExpr, depth int) bool {
	replies := make(map[*ast.CallExpr]bool)
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if b, ok := n.(*ast.BlockStmt); ok {
			replyCalls(b, replies) // seen before the calls it holds
		}
		if ix, ok := n.(*ast.IndexExpr); ok && !found && !slices.Contains(reads, ast.Expr(ix)) && m.indexesRedirectParam(ix) {
			found = !m.writeOnlyField(ix) // another read of the URI, which may check it
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || found || slices.Contains(reads, ast.Expr(call)) || call == redirect || replies[call] {
			return !found
		}
		if m.readsRedirectParam(call) {
			found = !m.writeOnlyField(call)
			return false
		}
		if req == nil {
			return true
		}
		for i, a := range call.Args {
			if m.rootVar(a, false) != req {
				continue // not the request (r.FormValue("client_id") is a string)
			}
			if m.loggedArg(call) {
				continue // written to a log: checks nothing
			}
			f, _ := typeutil.Callee(m.info, call).(*types.Func)
			if f != nil && f.Pkg() != nil {
				switch path := trimVendor(f.Pkg().Path()); {
				case path == "fmt", path == "log", path == "log/slog", path == "net/http", path == "encoding/json", path == "io", requestStores[path]:
					continue
				}
				if cur, ok := m.funcDecls[f.Origin()]; ok && depth < 3 && !f.Signature().Variadic() && i < f.Signature().Params().Len() {
					if !m.mayCheck(cur.Node(), f.Signature().Params().At(i), nil, nil, depth+1) {
						continue // getClient(r): reads the request's context
					}
				}
			}
			found = true
			return false
		}
		return true
	})
	return found
}

// writeOnlyField reports whether the value e is stored in a field of a
// struct of this package (authCode{RedirectURI: q.Get("redirect_uri")},
// rec.RedirectURI = …) that nothing in the package reads and that no
// struct tag hands to an encoder: kept, and never compared with anything.
func (m *model) writeOnlyField(e ast.Expr) bool {
	cur, ok := m.in.Root().FindNode(e)
	if !ok {
		return false
	}
	var f *types.Var
	switch p := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		if k, ok := p.Key.(*ast.Ident); ok && p.Value == e {
			f, _ = m.info.Uses[k].(*types.Var)
		}
	case *ast.AssignStmt:
		if i := indexOf(p.Rhs, e); i >= 0 && len(p.Lhs) == len(p.Rhs) {
			if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
				f, _ = m.info.Uses[sel.Sel].(*types.Var)
			}
		}
	}
	if f == nil || !f.IsField() || f.Pkg() != m.pass.Pkg || m.fieldTagged(f) {
		return false
	}
	for c := range m.in.Root().Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if m.info.Uses[id] != f {
			continue
		}
		switch p := c.Parent().Node().(type) {
		case *ast.KeyValueExpr:
			if p.Key == id {
				continue // a write in a literal
			}
		case *ast.SelectorExpr:
			if as, ok := c.Parent().Parent().Node().(*ast.AssignStmt); ok && p.Sel == id && indexOf(as.Lhs, p) >= 0 && as.Tok == token.ASSIGN {
				continue // a write
			}
		}
		return false // a read
	}
	return true
}

// fieldTagged reports whether the field f carries a struct tag, which an
// encoder reads (json, yaml, a database mapper), or belongs to a struct
// type we cannot find (local, anonymous), which may be encoded.
func (m *model) fieldTagged(f *types.Var) bool {
	st, i := m.declaringStruct(f)
	return st == nil || st.Tag(i) != ""
}

// replyCalls adds to out the calls of block b made as statements right
// before a return (utils.HandleError(w, r, err); return): whatever such a
// call reads, the handler stops after it, so it guards nothing that
// follows.
func replyCalls(b *ast.BlockStmt, out map[*ast.CallExpr]bool) {
	for i := 0; i+1 < len(b.List); i++ {
		es, ok := b.List[i].(*ast.ExprStmt)
		if !ok {
			continue
		}
		if _, ret := b.List[i+1].(*ast.ReturnStmt); !ret {
			continue
		}
		if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok {
			out[call] = true
		}
	}
}

// requestStores are packages that keep values for a request and read
// them back (gorilla/context's Set and GetOk, gorilla/sessions' cookie
// store, gorilla/mux's path variables): handing them the request checks
// nothing in it.
var requestStores = map[string]bool{
	"context":                         true,
	"github.com/gorilla/context":      true,
	"github.com/gorilla/sessions":     true,
	"github.com/gorilla/mux":          true,
	"github.com/gorilla/securecookie": true,
}

// readsRedirectParam reports whether call reads a redirect URI parameter
// from a request: a method with one constant argument naming it
// (r.FormValue("redirect_uri"), q.Get("redirect_url")), returning a string.
func (m *model) readsRedirectParam(call *ast.CallExpr) bool {
	return len(call.Args) == 1 && isRedirectName(m.methodRead(call))
}

// indexesRedirectParam reports whether ix reads a redirect parameter's
// first value out of the request's url.Values by index, as Get does:
// q["redirect_uri"][0], r.Form["redirect_uri"][0].
func (m *model) indexesRedirectParam(ix *ast.IndexExpr) bool {
	in, ok := ast.Unparen(ix.X).(*ast.IndexExpr)
	if !ok || !isNamed(m.info.TypeOf(in.X), "net/url", "Values") {
		return false
	}
	s, _ := m.constStr(in.Index)
	return isRedirectName(s)
}

// rootVar is the local variable or parameter an expression starts from:
// r in r, &r, *r, r.URL, c.Request, and through calls when calls is set
// (r.URL.Query().Get); nil for anything else, a package variable or a
// field. (rootIdent, for pkceattr's attribute maps, goes through index
// expressions instead, and stops at calls.)
func (m *model) rootVar(e ast.Expr, calls bool) *types.Var {
	for range maxDepth {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := m.info.Uses[x].(*types.Var)
			if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
				return nil
			}
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			if !calls {
				return nil
			}
			e = x.Fun
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return nil
		}
	}
	return nil
}

// boundRead reads sel as a redirect URI decoded from the request: the
// field of a local struct variable whose tag names a redirect parameter
// (`json:"redirect_uri"`, `form:"redirect_uri"`), the variable being
// filled by a JSON decoder of the request's body or a web framework's
// binder (c.ShouldBindJSON(&req), c.Bind(req)). It returns the field,
// the variable and the call that fills it. A struct filled any other way
// (a registered client loaded from a store) is not the request's.
func (m *model) boundRead(sel *ast.SelectorExpr) (*types.Var, *types.Var, *ast.CallExpr) {
	return m.boundField(sel, isRedirectName)
}

// boundField is boundRead for a field whose tag names a parameter that
// param accepts.
func (m *model) boundField(sel *ast.SelectorExpr, param func(string) bool) (*types.Var, *types.Var, *ast.CallExpr) {
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || tagNamed(fieldTag(s), param) == "" {
		return nil, nil, nil
	}
	v := m.rootVar(sel.X, false)
	if v == nil || len(m.defs[v]) == 0 {
		return nil, nil, nil
	}
	fn := enclosingFunc(m.defs[v][0].cur)
	if fn == nil {
		return nil, nil, nil
	}
	var bind *ast.CallExpr
	ast.Inspect(fn, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || bind != nil {
			return bind == nil
		}
		for _, a := range call.Args {
			if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
				a = u.X
			}
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && m.info.Uses[id] == v && m.bindSource(call) != nil {
				bind = call
				return false
			}
		}
		return true
	})
	if bind == nil {
		bind = m.contextValue(v)
	}
	if bind == nil {
		return nil, nil, nil
	}
	return s.Obj().(*types.Var), v, bind
}

// contextValue is the r.Context().Value(key) call that v, the struct a
// middleware decoded the request into, is asserted from (p, ok :=
// r.Context().Value(paramsKey{}).(*AuthorizeParams)), when r is the
// request being served; nil otherwise.
func (m *model) contextValue(v *types.Var) *ast.CallExpr {
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil {
		return nil
	}
	ta, ok := ast.Unparen(d.rhs).(*ast.TypeAssertExpr)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(ta.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || funcName(fn) != "(context.Context).Value" {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	ctx, ok := ast.Unparen(sel.X).(*ast.CallExpr) // r.Context()
	if !ok {
		return nil
	}
	if cs, ok := ast.Unparen(ctx.Fun).(*ast.SelectorExpr); ok && cs.Sel.Name == "Context" && m.servedRequestExpr(cs.X) {
		return call
	}
	return nil
}

// tagNamed is the parameter name a struct tag gives under one of
// paramTags' keys that accept takes, "" if none.
func tagNamed(tag string, accept func(string) bool) string {
	for _, key := range paramTags {
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if name != "" && accept(name) {
			return name
		}
	}
	return ""
}

// bindSource is the request variable a decoding call reads: r of
// json.NewDecoder(r.Body).Decode(&v), or c of a web framework's
// c.Bind(&v), c.ShouldBind…(&v), c.BodyParser(&v); nil for any other
// call.
func (m *model) bindSource(call *ast.CallExpr) *types.Var {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || fn.Pkg() == nil || !ok {
		return nil
	}
	if funcName(fn) == "(*encoding/json.Decoder).Decode" {
		x := ast.Unparen(sel.X)
		if v := m.localVar(x); v != nil {
			if d, ok := m.singleDef(v); ok && d.rhs != nil {
				x = ast.Unparen(d.rhs)
			}
		}
		newDec, ok := x.(*ast.CallExpr)
		if !ok || len(newDec.Args) != 1 {
			return nil
		}
		if f, _ := typeutil.Callee(m.info, newDec).(*types.Func); f == nil || funcName(f) != "encoding/json.NewDecoder" {
			return nil
		}
		r := m.rootVar(newDec.Args[0], false)
		if r == nil || !isNamed(r.Type(), "net/http", "Request") {
			return nil
		}
		return r
	}
	if funcName(fn) == "(*github.com/gorilla/schema.Decoder).Decode" && len(call.Args) == 2 {
		// schema.NewDecoder().Decode(&v, r.PostForm): the form's values.
		r := m.rootVar(call.Args[1], false)
		if r == nil || !isNamed(r.Type(), "net/http", "Request") {
			return nil
		}
		return r
	}
	name := fn.Name()
	// gin's and echo's Bind…, gin's ShouldBind…, fiber's BodyParser and
	// QueryParser, iris's ReadJSON, ReadForm, ReadQuery.
	if webFramework(trimVendor(fn.Pkg().Path())) == "" || !(strings.HasPrefix(name, "Bind") || strings.HasPrefix(name, "ShouldBind") || name == "BodyParser" || name == "QueryParser" ||
		strings.HasPrefix(name, "Read") && strings.Contains(trimVendor(fn.Pkg().Path()), "iris")) {
		return nil
	}
	return m.rootVar(sel.X, false)
}

// structHandedOn reports whether fn uses the bound struct v other than
// in the call that fills it, to read or write its fields and to print
// it: handed to a function, it may be checked there.
func (m *model) structHandedOn(fn ast.Node, v *types.Var, bind *ast.CallExpr, field string) bool {
	handed := false
	var stack []ast.Node
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if handed || n == bind {
			if n == bind {
				stack = stack[:len(stack)-1]
			}
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || m.info.Uses[id] != v || len(stack) < 2 {
			return true
		}
		if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.X == ast.Expr(id) {
			if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
				return true
			}
		}
		if as, ok := stack[len(stack)-2].(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(id)) {
			return true // req = T{…}: a write
		}
		if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && slices.Contains(call.Args, ast.Expr(id)) && m.writesOut(call) {
			return true // log.Printf("%+v", req): printed, not checked
		}
		if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok {
			// validate(req) of a function known not to read the field.
			if callee, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
				if i := slices.Index(call.Args, ast.Expr(id)); i >= 0 && !m.readsField(callee, i, field) {
					return true
				}
			}
		}
		handed = true
		return false
	})
	return handed
}

// parsedPassThrough judges the URL that url.Parse(uri) at call makes from
// the requested URI, when the redirect goes to the string itself (u, _ :=
// url.Parse(uri); … http.Redirect(w, r, uri+"?code="+c, …)): each use of
// u must pass through too, and a comparison of its host alone is
// recorded in *host. stack is the path from the function to the call's
// argument.
func (m *model) parsedPassThrough(call *ast.CallExpr, stack []ast.Node, host *ast.Node) bool {
	if len(stack) < 3 {
		return true
	}
	as, ok := stack[len(stack)-3].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || as.Rhs[0] != ast.Expr(call) || len(as.Lhs) == 0 {
		return true // parsed and handed on: the call's own use decides
	}
	id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
	if !ok {
		return false
	}
	v := m.varOf(id)
	if v == nil || m.addrTaken[v] {
		return v == nil // u discarded (_)
	}
	if m.passChain[v] || m.passTarget != nil && m.derivesFrom(m.passTarget, v, 0) {
		return true // on the way to the redirect: judged as the chain's
	}
	fn := stack[0]
	ok = true
	var st []ast.Node
	ast.Inspect(fn, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if n == nil {
			st = st[:len(st)-1]
			return true
		}
		st = append(st, n)
		use, isID := n.(*ast.Ident)
		if !isID || use == id || m.info.Uses[use] != v {
			return true
		}
		if !m.passThroughUse(use, st, host) {
			ok = false
		}
		return true
	})
	return ok
}
