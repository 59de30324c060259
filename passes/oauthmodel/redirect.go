package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// redirectChecks finds comparisons of a requested redirect URI that are
// not exact: strings.HasPrefix/HasSuffix/Contains against a registered
// value or a URL constant, path and filepath patterns, regular
// expressions. The requested URI is a value read from the request
// (r.FormValue("redirect_uri"), a request struct's RedirectURI field), the
// requested-URI parameter of a validator installed in a server library,
// or, in a package that serves HTTP or configures a server, a variable or
// parameter named as a redirect URI.
func (m *model) redirectChecks(setters []*setterUse) {
	if len(m.matchCalls) == 0 {
		return
	}
	params := make(map[*types.Var]bool)
	for _, s := range setters {
		if s.s.Validator && len(s.call.Args) == 1 {
			m.validatorParams(s.call.Args[0], s.s.Requested, params)
		}
	}
	sig := m.result.Signals
	named := len(m.serverCalls) > 0 || sig.Redirects != nil || sig.PublicListen != nil || sig.WebFramework != ""
	for _, cur := range m.matchCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || m.inTest(call) {
			continue
		}
		name := funcName(fn)
		how := matchFuncs[name]
		if how == "index" {
			if name = m.indexTest(cur); name == "" {
				continue // an index used for something else than a test
			}
		}
		var requested, against ast.Expr
		switch {
		case how == "regular expression" && strings.HasPrefix(name, "(*"):
			if len(call.Args) == 1 && m.requestedURI(call.Args[0], params, named, 0) {
				requested = call.Args[0]
			}
		case how == "regular expression" || how == "pattern":
			if len(call.Args) == 2 && m.requestedURI(call.Args[1], params, named, 0) {
				requested, against = call.Args[1], call.Args[0]
			}
		case len(call.Args) == 2:
			for i, a := range call.Args {
				if m.requestedURI(a, params, named, 0) {
					requested, against = a, call.Args[1-i]
					break
				}
			}
		}
		if requested == nil {
			continue
		}
		rc := &RedirectCheck{Node: call, How: name, Requested: requested, Against: against}
		if against != nil && how != "pattern" && how != "regular expression" {
			if s := m.str(against, nil); value.Known(s) {
				if !hostConstant(s) {
					continue // a scheme, a loopback origin, a character: not a match of the URI
				}
				rc.Constant = s
			} else if m.requestedURI(against, params, false, 0) {
				continue
			}
		}
		m.result.Server.RedirectChecks = append(m.result.Server.RedirectChecks, rc)
	}
}

// indexTest says what test a strings.Index call makes by how its result
// is compared: == 0 or != 0 is a prefix test (strings.HasPrefix), == -1,
// != -1, < 0, >= 0 or > -1 a substring test (strings.Contains); "" for
// any other use.
func (m *model) indexTest(cur inspector.Cursor) string {
	c := cur
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		c = c.Parent()
	}
	b, ok := c.Parent().Node().(*ast.BinaryExpr)
	if !ok {
		return ""
	}
	other, op := b.Y, b.Op
	if ast.Unparen(b.Y) == c.Node() {
		other = b.X
		switch op { // 0 < i is i > 0
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		case token.GEQ:
			op = token.LEQ
		}
	}
	tv, ok := m.info.Types[other]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return ""
	}
	n, exact := constant.Int64Val(tv.Value)
	if !exact {
		return ""
	}
	switch {
	case n == 0 && (op == token.EQL || op == token.NEQ):
		return "strings.HasPrefix"
	case n == -1 && (op == token.EQL || op == token.NEQ || op == token.GTR),
		n == 0 && (op == token.LSS || op == token.GEQ):
		return "strings.Contains"
	}
	return ""
}

// validatorParams marks the parameter of a validator function (a literal
// or a function of this package) that holds the requested URI.
func (m *model) validatorParams(e ast.Expr, index int, params map[*types.Var]bool) {
	var ft *ast.FuncType
	switch f := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		ft = f.Type
	case *ast.Ident, *ast.SelectorExpr:
		id, ok := f.(*ast.Ident)
		if !ok {
			id = f.(*ast.SelectorExpr).Sel
		}
		fn, ok := m.info.Uses[id].(*types.Func)
		if !ok {
			return
		}
		cur, ok := m.funcDecls[fn.Origin()]
		if !ok {
			return
		}
		ft = cur.Node().(*ast.FuncDecl).Type
	}
	if ft == nil || ft.Params == nil {
		return
	}
	i := 0
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if i == index {
				if v, ok := m.info.Defs[n].(*types.Var); ok {
					params[v] = true
				}
			}
			i++
		}
	}
}

// requestedURI reports whether e holds a requested redirect URI or a part
// of it (its host or path). named allows names as evidence.
func (m *model) requestedURI(e ast.Expr, params map[*types.Var]bool, named bool, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := m.varOf(x)
		if v == nil {
			return false
		}
		if params[v] || (named && isRedirectName(v.Name())) {
			return true
		}
		if m.boundToRequestedURI(v, params, named, depth) {
			return true
		}
		d, ok := m.singleDef(v)
		if !ok || d.rhs == nil {
			return false
		}
		if d.tuple < 0 {
			return m.requestedURI(d.rhs, params, named, depth+1)
		}
		// u, err := url.Parse(redirectURI)
		if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok && d.tuple == 0 && len(call.Args) == 1 {
			if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok && funcName(fn) == "net/url.Parse" {
				return m.requestedURI(call.Args[0], params, named, depth+1)
			}
		}
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[x]
		if !ok || sel.Kind() != types.FieldVal {
			return false
		}
		if isURLType(sel.Recv()) {
			switch x.Sel.Name {
			case "Host", "Path", "RawPath", "Opaque":
				return m.requestedURI(x.X, params, named, depth+1)
			}
			return false
		}
		if !isRedirectName(x.Sel.Name) && tagName(fieldTag(sel)) != "redirect_uri" {
			return false // neither named nor tagged (json:"redirect_uri") for it
		}
		n := namedOf(sel.Recv())
		if n == nil || n.Obj().Pkg() == nil {
			return false
		}
		if isOAuth2Path(n.Obj().Pkg().Path()) {
			return false // the client's own oauth2.Config.RedirectURL
		}
		// A server library's request type, or a request struct.
		return m.lib(n.Obj().Pkg()).lib != nil || strings.Contains(n.Obj().Name(), "Request") || named
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(m.info, x).(*types.Func)
		if !ok {
			return false
		}
		switch funcName(fn) {
		case "(*net/url.URL).Hostname", "(*net/url.URL).String", "(*net/url.URL).EscapedPath":
			if s, ok := x.Fun.(*ast.SelectorExpr); ok {
				return m.requestedURI(s.X, params, named, depth+1)
			}
			return false
		}
		// r.FormValue("redirect_uri"), r.URL.Query().Get("redirect_uri"), c.Query("redirect_uri")
		if len(x.Args) == 1 && m.isString(x) && m.str(x.Args[0], nil) == "redirect_uri" {
			return true
		}
		// A server library request's GetRedirectURI().
		if len(x.Args) == 0 && isRedirectName(strings.TrimPrefix(fn.Name(), "Get")) && m.lib(fn.Pkg()).lib != nil {
			return true
		}
	}
	return false
}

// boundToRequestedURI reports whether v is a parameter of an unexported
// function of this package, never reassigned, that a call in the package
// binds to a requested redirect URI: a helper such as
// allowed(clientID, uri string) called with r.FormValue("redirect_uri").
func (m *model) boundToRequestedURI(v *types.Var, params map[*types.Var]bool, named bool, depth int) bool {
	if !m.isParam(v) || len(m.defs[v]) > 0 || m.addrTaken[v] {
		return false
	}
	refs := m.refs()
	owner, ok := refs.owner[v]
	if !ok {
		return false
	}
	for _, c := range refs.uses[owner.fn] {
		ce, isCall := c.Parent().Node().(*ast.CallExpr)
		if !isCall || ast.Unparen(ce.Fun) != c.Node() || owner.index >= len(ce.Args) || ce.Ellipsis.IsValid() {
			continue
		}
		if m.requestedURI(ce.Args[owner.index], params, named, depth+1) {
			return true
		}
	}
	return false
}

// isRedirectName reports whether a name says it holds a redirect URI.
// The post-logout redirect URI (OpenID Connect RP-Initiated Logout) is
// not one: no code or token is sent to it, so a loose match there is an
// open redirect, not the code theft redirecturi is about.
func isRedirectName(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	if strings.Contains(n, "logout") {
		return false
	}
	return strings.Contains(n, "redirecturi") || strings.Contains(n, "redirecturl") || n == "redirect"
}

// hostConstant reports whether a constant compared with a redirect URI
// names a host (a URL with a host, or a domain) other than a loopback one:
// a scheme ("https://"), a path, a character or a loopback origin (RFC
// 8252 §7.3 lets a native client's loopback port vary) is not a loose
// match of the registered URI.
func hostConstant(s string) bool {
	rest := s
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	} else if strings.HasPrefix(rest, "/") {
		return false
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndex(host, ":"); i >= 0 && !strings.HasSuffix(host, "]") {
		host = host[:i]
	}
	host = strings.TrimPrefix(host, ".")
	switch strings.Trim(host, "[]") {
	case "", "127.0.0.1", "::1", "localhost":
		return false
	}
	return strings.Contains(host, ".") && strings.IndexFunc(host, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0
}
