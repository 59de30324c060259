package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// OIDC is what a package does to verify OpenID Connect ID tokens.
type OIDC struct {
	// Skips are verification checks switched off by a constant.
	Skips []*OIDCSkip
	// InsecureIssuer are calls that make a provider accept an issuer other
	// than the one it was discovered from (oidc.InsecureIssuerURLContext).
	InsecureIssuer []*ast.CallExpr
	// Verifies are calls that verify an ID token ((*oidc.IDTokenVerifier).Verify).
	Verifies []*ast.CallExpr
	// HandedBack are the Verify calls whose ID token an exported function
	// returns to its callers (return v.Verify(ctx, raw)): a caller in
	// another package may compare its nonce.
	HandedBack map[*ast.CallExpr]bool
	// NonceRead is the first read of an ID token's nonce claim in the
	// package (IDToken.Nonce, or a claims field named Nonce); nil if none.
	NonceRead ast.Node
	// AudienceRead and IssuerRead are the first reads of go-oidc's
	// IDToken.Audience and IDToken.Issuer: the program checks them itself
	// (go-oidc's documentation asks callers that skip the issuer check to).
	AudienceRead, IssuerRead ast.Node
}

// OIDCSkip is one verification check switched off: a field of the
// library's verifier configuration set to the constant true.
type OIDCSkip struct {
	Field string // "SkipClientIDCheck"
	Check string // what is no longer checked: "the audience (aud)"
	Node  ast.Node
	// KV is the field in a composite literal (nil for an assignment); Lit
	// is that literal. A suggested fix removes KV.
	KV   *ast.KeyValueExpr
	Lit  *ast.CompositeLit
	Func ast.Node
	// AccessTokenOnly is set when every Verify call of the verifier
	// verifies the access (or refresh) token of an oauth2.Token the
	// client received itself, there or through the parameters of the
	// package's functions: its audience is the resource server (or the
	// authorization server), not the client (RFC 9068 §3), and a client
	// that checks its own access token has no audience to compare.
	AccessTokenOnly bool
	// OwnKeys is set when the verifier is oidc.NewVerifier over a key set
	// of a type the module itself declares (an OpenID provider's own
	// signing keys): it checks tokens the program issued (an
	// id_token_hint, its userinfo endpoint's access tokens), not a
	// provider's ID tokens.
	OwnKeys bool
	// PreCheck is set when every Verify call of this verifier only asks
	// whether the token passes the checks left on (its ID token result
	// dropped: _, err := v.Verify(ctx, raw)), and the same token is then
	// verified again, in the same function, by another verifier that does
	// not switch this check off by a constant: a signature check run
	// first, the full check after (the token it returns is the one used).
	PreCheck bool

	verifies []*ast.CallExpr  // the Verify calls of the verifier made from Lit
	litCur   inspector.Cursor // Lit, whose verifies are found once every assignment is collected
}

// oidcPkgs are the import paths of github.com/coreos/go-oidc's oidc
// package (v3, and v2 at the module root).
var oidcPkgs = []string{"github.com/coreos/go-oidc/v3/oidc", "github.com/coreos/go-oidc"}

// oidcConfigSkips is go-oidc's oidc.Config: each boolean field that turns
// a check of IDTokenVerifier.Verify off, and the check it turns off
// (go-oidc v3.21.0 verify.go).
var oidcConfigSkips = map[string]string{
	"InsecureSkipSignatureCheck": "the signature",
	"SkipIssuerCheck":            "the issuer (iss)",
	"SkipClientIDCheck":          "the audience (aud)",
	"SkipExpiryCheck":            "the expiry (exp)",
}

// paramOptions are AuthCodeOption constructors of other libraries that
// set one parameter from their only argument.
var paramOptions = map[string]string{
	"github.com/coreos/go-oidc/v3/oidc.Nonce": paramNonce,
	"github.com/coreos/go-oidc.Nonce":         paramNonce,
}

func isOIDCPath(path string) bool {
	path = trimVendor(path)
	for _, p := range oidcPkgs {
		if path == p {
			return true
		}
	}
	return false
}

func isOIDCConfig(t types.Type) bool {
	for _, p := range oidcPkgs {
		if isNamed(t, p, "Config") {
			return true
		}
	}
	return false
}

// oidcConfigLit records the checks an oidc.Config literal switches off.
func (m *model) oidcConfigLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		k, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if check, ok := oidcConfigSkips[k.Name]; ok && m.constTrue(kv.Value) {
			m.result.OIDC.Skips = append(m.result.OIDC.Skips, &OIDCSkip{
				Field: k.Name, Check: check, Node: kv, KV: kv, Lit: lit, Func: enclosingFunc(cur),
				litCur: cur, OwnKeys: m.ownKeySet(cur),
			})
		}
	}
}

// ownKeySet reports whether the literal at cur is the Config of
// oidc.NewVerifier(issuer, keySet, &cfg) whose key set is of a type
// declared in this module (or package): the program's own signing keys.
func (m *model) ownKeySet(lit inspector.Cursor) bool {
	c := lit.Parent()
	if u, ok := c.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		c = c.Parent()
	}
	call, ok := c.Node().(*ast.CallExpr)
	if !ok || len(call.Args) != 3 {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !isOIDCPath(fn.Pkg().Path()) || fn.Name() != "NewVerifier" {
		return false
	}
	n := namedOf(m.info.TypeOf(call.Args[1]))
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	if _, isIface := n.Underlying().(*types.Interface); isIface {
		return false // an oidc.KeySet of unknown origin
	}
	path := n.Obj().Pkg().Path()
	return path == m.pass.Pkg.Path() || m.pass.Module != nil && m.pass.Module.Path != "" && inModule(path, m.pass.Module.Path)
}

// verifiesOf finds the Verify calls of the verifier made from a Config
// literal: p.Verifier(&oidc.Config{…}).Verify(…), or through a local
// variable v := p.Verifier(…); v.Verify(…).
func (m *model) verifiesOf(lit inspector.Cursor) []*ast.CallExpr {
	var out []*ast.CallExpr
	verifyOn := func(recv inspector.Cursor) {
		sel, ok := recv.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != recv.Node() || sel.Sel.Name != "Verify" {
			return
		}
		if vc, ok := recv.Parent().Parent().Node().(*ast.CallExpr); ok && vc.Fun == sel {
			out = append(out, vc)
		}
	}
	fromVerifier := func(c inspector.Cursor) {
		call, ok := c.Node().(*ast.CallExpr)
		if !ok {
			return
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || !isOIDCPath(fn.Pkg().Path()) || (fn.Name() != "Verifier" && fn.Name() != "NewVerifier") {
			return
		}
		// verifier := provider.Verifier(cfg); s := &client{v: verifier}:
		// the variable's uses, and the field it is stored in.
		held := func(u inspector.Cursor) {
			verifyOn(u)
			m.fieldVerifies(u, verifyOn)
		}
		verifyOn(c)
		if v := m.definedVar(c); v != nil {
			m.usesReached(v, c, held)
		} else {
			m.fieldVerifies(c, verifyOn)
		}
	}
	argOf := func(c inspector.Cursor) inspector.Cursor {
		p := c.Parent()
		if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			p = p.Parent()
		}
		return p
	}
	if v := m.definedVar(lit); v != nil && len(m.defs[v]) <= 1 && !m.addrTaken[v] {
		// cfg := &oidc.Config{…}; provider.Verifier(cfg)
		m.usesReached(v, lit, func(u inspector.Cursor) { fromVerifier(argOf(u)) })
	} else {
		fromVerifier(argOf(lit))
	}
	return out
}

// fieldVerifies calls verifyOn with each selection of the field the
// verifier at c is stored in (verifierField), and with each use of the
// parameter of a helper of the package it is then handed to
// (verifyWith(ctx, s.verifier, tok)).
func (m *model) fieldVerifies(c inspector.Cursor, verifyOn func(inspector.Cursor)) {
	f := m.verifierField(c)
	if f == nil {
		return
	}
	for sel := range m.in.Root().Preorder((*ast.SelectorExpr)(nil)) {
		if m.info.Uses[sel.Node().(*ast.SelectorExpr).Sel] != f {
			continue
		}
		verifyOn(sel)
		if p := m.argParam(sel); p != nil {
			for id := range m.in.Root().Preorder((*ast.Ident)(nil)) {
				if m.info.Uses[id.Node().(*ast.Ident)] == p {
					verifyOn(id)
				}
			}
		}
	}
}

// verifierField is the unexported field of a struct of this package
// that the verifier made at c is stored in (Verifier: provider.Verifier(…)
// in the struct's literal, or s.verifier = provider.Verifier(…)), when
// no other value is ever stored there: the Verify calls made on the
// field are those of this verifier.
func (m *model) verifierField(c inspector.Cursor) *types.Var {
	var f *types.Var
	switch p := c.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		if k, ok := p.Key.(*ast.Ident); ok && p.Value == c.Node() {
			f, _ = m.info.Uses[k].(*types.Var)
		}
	case *ast.AssignStmt:
		if len(p.Lhs) == 1 && len(p.Rhs) == 1 && p.Rhs[0] == c.Node() {
			if sel, ok := ast.Unparen(p.Lhs[0]).(*ast.SelectorExpr); ok {
				f, _ = m.info.Uses[sel.Sel].(*types.Var)
			}
		}
	}
	if f == nil || !f.IsField() || f.Exported() || f.Pkg() != m.pass.Pkg {
		return nil
	}
	writes := 0
	for n := range m.in.Root().Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch x := n.Node().(type) {
		case *ast.KeyValueExpr:
			if k, ok := x.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
				writes++
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && m.info.Uses[sel.Sel] == f {
					writes++
				}
			}
		case *ast.UnaryExpr:
			if sel, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && x.Op == token.AND && m.info.Uses[sel.Sel] == f {
				return nil // &s.verifier: written anywhere
			}
		}
	}
	if writes != 1 {
		return nil
	}
	return f
}

// argParam is the parameter of an unexported function of this package
// that the argument at cur is given to, when the function never assigns
// it.
func (m *model) argParam(cur inspector.Cursor) *types.Var {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Exported() || fn.Pkg() != m.pass.Pkg {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	for i, a := range call.Args {
		if a == cur.Node() && i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
			p := sig.Params().At(i)
			if len(m.defs[p]) > 0 || m.addrTaken[p] {
				return nil
			}
			return p
		}
	}
	return nil
}

// callerValues returns what e may hold: e itself, or, when e is a
// parameter of an unexported function or method of this package that
// nothing assigns, the arguments its calls give it, followed up a few
// calls (processAccessToken(tok.AccessToken) calling
// processGenericToken(raw) calling Verify(ctx, raw)). nil when some
// caller is unknown: the function is used other than by calling it, or
// a method may be called through an interface of the package.
func (m *model) callerValues(e ast.Expr, depth int) []ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return []ast.Expr{e}
	}
	v, _ := m.info.Uses[id].(*types.Var)
	owner, ok := m.refs().owner[v]
	if !ok {
		return []ast.Expr{e} // not a parameter of an unexported function
	}
	if depth > maxDepth || len(m.defs[v]) > 0 || m.addrTaken[v] {
		return nil
	}
	sig := owner.fn.Type().(*types.Signature)
	if sig.Variadic() && owner.index == sig.Params().Len()-1 || sig.Recv() != nil && m.interfaceMethod(owner.fn.Name()) {
		return nil
	}
	uses := m.refs().uses[owner.fn]
	if len(uses) == 0 {
		return nil
	}
	var out []ast.Expr
	for _, u := range uses {
		callee := u // f in f(x), s.f in s.f(x)
		if sig.Recv() != nil {
			if sel, ok := u.Parent().Node().(*ast.SelectorExpr); !ok || sel.Sel != u.Node() {
				return nil
			}
			callee = u.Parent()
		}
		ce, ok := callee.Parent().Node().(*ast.CallExpr)
		if !ok || ast.Unparen(ce.Fun) != callee.Node() || owner.index >= len(ce.Args) {
			return nil // passed as a value: called from anywhere
		}
		up := m.callerValues(ce.Args[owner.index], depth+1)
		if up == nil {
			return nil
		}
		out = append(out, up...)
	}
	return out
}

// interfaceMethod reports whether an interface type of this package
// declares a method named name: a concrete method of that name may be
// called through it, by calls that do not name the method.
func (m *model) interfaceMethod(name string) bool {
	for n := range m.in.Root().Preorder((*ast.InterfaceType)(nil)) {
		if t, ok := m.info.TypeOf(n.Node().(*ast.InterfaceType)).(*types.Interface); ok {
			for i := 0; i < t.NumMethods(); i++ {
				if t.Method(i).Name() == name {
					return true
				}
			}
		}
	}
	return false
}

// usesReached calls f with each use of v, a variable assigned at at,
// that follows at in the source and precedes v's next assignment there:
// the uses the value given at reaches in straight-line code (verifier =
// provider.Verifier(…) again for another token).
func (m *model) usesReached(v *types.Var, at inspector.Cursor, f func(inspector.Cursor)) {
	from, until := at.Node().End(), token.NoPos
	for _, d := range m.defs[v] {
		if p := d.cur.Node().Pos(); p >= from && (until == token.NoPos || p < until) {
			until = p
		}
	}
	m.eachUse(v, at, func(u inspector.Cursor) {
		if p := u.Node().Pos(); p >= from && (until == token.NoPos || p < until) {
			f(u)
		}
	})
}

// oidcConfigAssign records cfg.SkipExpiryCheck = true.
func (m *model) oidcConfigAssign(cur inspector.Cursor, lhs *ast.SelectorExpr, rhs ast.Expr) {
	check, ok := oidcConfigSkips[lhs.Sel.Name]
	if !ok || !isOIDCConfig(m.info.TypeOf(lhs.X)) || !m.constTrue(rhs) || m.switchedOn(cur) {
		return
	}
	m.result.OIDC.Skips = append(m.result.OIDC.Skips, &OIDCSkip{
		Field: lhs.Sel.Name, Check: check, Node: cur.Node(), Func: enclosingFunc(cur),
	})
}

// switchedOn reports whether the statement at cur runs only when a
// condition its function cannot fix holds: it sits in a branch of an if
// or a switch case whose condition is not a constant (if
// cfg.SkipVerification() { vc.SkipExpiryCheck = true } is the switch
// written as SkipExpiryCheck: cfg.SkipVerification(), a setting: unknown).
func (m *model) switchedOn(cur inspector.Cursor) bool {
	child := cur.Node()
	for c := range cur.Enclosing() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if (child == ast.Node(n.Body) || child == n.Else) && !m.isConstBool(n.Cond) {
				return true
			}
		case *ast.CaseClause:
			return true
		case *ast.BlockStmt:
			// if !insecure { return ctx } before it: it runs only when
			// the setting is on.
			for _, st := range n.List {
				if st.Pos() >= child.Pos() {
					break
				}
				if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && is.Init == nil && endsInReturn(is.Body.List) && m.settingTest(is.Cond) {
					return true
				}
			}
		}
		child = c.Node()
	}
	return false
}

// settingTest reports whether cond only reads boolean settings: a bool
// variable, parameter or field, negated or not, and && or || of such
// (not a comparison: err != nil guards no setting).
func (m *model) settingTest(cond ast.Expr) bool {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.NOT && m.settingTest(x.X)
	case *ast.BinaryExpr:
		return (x.Op == token.LAND || x.Op == token.LOR) && m.settingTest(x.X) && m.settingTest(x.Y)
	case *ast.Ident, *ast.SelectorExpr:
		t := m.info.TypeOf(x)
		if b, ok := t.(*types.Basic); !ok || b.Kind() != types.Bool || m.isConstBool(x) {
			return false
		}
		_, isVar := m.info.Uses[nameIdent(x)].(*types.Var)
		return isVar
	}
	return false
}

func (m *model) isConstBool(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool
}

// constTrue reports whether e is the constant true; a value from a flag,
// a configuration file or a parameter is unknown.
func (m *model) constTrue(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// oidcCall records go-oidc calls that matter for verification.
func (m *model) oidcCall(cur inspector.Cursor, fn *types.Func, call *ast.CallExpr) {
	switch fn.Name() {
	case "InsecureIssuerURLContext":
		if m.switchedOn(cur) {
			return // under an operator's setting (an issuer alias): unknown
		}
		m.result.OIDC.InsecureIssuer = append(m.result.OIDC.InsecureIssuer, call)
	case "Verify":
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			for _, p := range oidcPkgs {
				if isNamed(sig.Recv().Type(), p, "IDTokenVerifier") {
					m.result.OIDC.Verifies = append(m.result.OIDC.Verifies, call)
				}
			}
		}
	}
}

// oidcHandedBack records the Verify calls whose ID token an exported
// function returns: directly (return v.Verify(ctx, raw)) or through the
// variable it is assigned to (tok, err := v.Verify(…); …; return tok, nil).
func (m *model) oidcHandedBack() {
	for _, call := range m.result.OIDC.Verifies {
		cur, ok := m.in.Root().FindNode(call)
		if !ok {
			continue
		}
		fd, ok := enclosingFunc(cur).(*ast.FuncDecl)
		if !ok || !fd.Name.IsExported() {
			continue
		}
		returned := false
		switch p := cur.Parent().Node().(type) {
		case *ast.ReturnStmt:
			returned = true
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && len(p.Lhs) >= 1 {
				if v := m.localVar(p.Lhs[0]); v != nil {
					m.eachUse(v, cur.Parent(), func(use inspector.Cursor) {
						if _, ok := use.Parent().Node().(*ast.ReturnStmt); ok {
							returned = true
						}
					})
				}
			}
		}
		if returned {
			if m.result.OIDC.HandedBack == nil {
				m.result.OIDC.HandedBack = make(map[*ast.CallExpr]bool)
			}
			m.result.OIDC.HandedBack[call] = true
		}
	}
}

// oidcAccessTokenOnly marks the skips of functions that verify only the
// client's own access tokens. It first finds each skipping literal's
// Verify calls, once every assignment of the package is collected (a
// verifier variable reassigned further down ends the literal's reach).
func (m *model) oidcAccessTokenOnly() {
	for _, s := range m.result.OIDC.Skips {
		if s.Lit != nil {
			s.verifies = m.verifiesOf(s.litCur)
		}
	}
	for _, s := range m.result.OIDC.Skips {
		only := len(s.verifies) > 0
		for _, c := range s.verifies {
			if len(c.Args) != 2 {
				only = false
				continue
			}
			vals := m.callerValues(c.Args[1], 0)
			for _, e := range vals {
				if w := m.tokenValue(e, 0); w != whatAccess && w != whatRefresh || !m.ownToken(e) {
					only = false
				}
			}
			if len(vals) == 0 {
				only = false
			}
		}
		s.AccessTokenOnly = only
	}
}

// oidcPreChecks marks the skips of verifiers whose results are dropped
// before the same token is verified again (OIDCSkip.PreCheck).
func (m *model) oidcPreChecks() {
	skipping := make(map[*ast.CallExpr]map[string]bool) // Verify call → fields switched off
	for _, s := range m.result.OIDC.Skips {
		for _, c := range s.verifies {
			if skipping[c] == nil {
				skipping[c] = make(map[string]bool)
			}
			skipping[c][s.Field] = true
		}
	}
	for _, s := range m.result.OIDC.Skips {
		if len(s.verifies) == 0 || s.Field == "InsecureSkipSignatureCheck" {
			continue // without the signature, nothing was checked first
		}
		pre := true
		for _, c := range s.verifies {
			if !m.resultDropped(c) || !m.verifiedAgain(c, s.Field, skipping) {
				pre = false
				break
			}
		}
		s.PreCheck = pre
	}
}

// resultDropped reports whether the ID token a Verify call returns is
// thrown away: _, err := v.Verify(…), or the call as a statement.
func (m *model) resultDropped(call *ast.CallExpr) bool {
	cur, ok := m.in.Root().FindNode(call)
	if !ok {
		return false
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.ExprStmt:
		return true
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) != 2 {
			return false
		}
		id, ok := p.Lhs[0].(*ast.Ident)
		return ok && id.Name == "_"
	}
	return false
}

// verifiedAgain reports whether the token a Verify call checks is
// verified after it, in the same function, by a Verify call on another
// verifier whose configuration does not switch field off.
func (m *model) verifiedAgain(call *ast.CallExpr, field string, skipping map[*ast.CallExpr]map[string]bool) bool {
	if len(call.Args) != 2 {
		return false
	}
	tok := m.objectOf(call.Args[1])
	if tok == nil {
		return false
	}
	cur, ok := m.in.Root().FindNode(call)
	if !ok {
		return false
	}
	fn := enclosingFunc(cur)
	for _, c := range m.result.OIDC.Verifies {
		if c == call || c.Pos() <= call.End() || len(c.Args) != 2 || m.objectOf(c.Args[1]) != tok || skipping[c][field] {
			continue
		}
		if other, ok := m.in.Root().FindNode(c); ok && enclosingFunc(other) == fn {
			if v, ok := tok.(*types.Var); ok && m.assignedBetween(v, call.End(), c.Pos()) {
				continue // another token by then
			}
			return true
		}
	}
	return false
}

// assignedBetween reports whether v is assigned between two positions.
func (m *model) assignedBetween(v *types.Var, from, to token.Pos) bool {
	for _, d := range m.defs[v] {
		if p := d.cur.Node().Pos(); from <= p && p < to {
			return true
		}
	}
	return false
}

// ownToken reports whether a token value comes from an oauth2.Token (the
// client's own token), not a field of a struct decoded from elsewhere.
func (m *model) ownToken(e ast.Expr) bool {
	return m.ownTokenIn(e, make(map[*types.Var]bool))
}

func (m *model) ownTokenIn(e ast.Expr, seen map[*types.Var]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && (isNamed(m.info.TypeOf(x), pathOAuth2, "Token") || tokenShape(m.info.TypeOf(x))) {
			if m.builtToken(x) {
				return false // &oauth2.Token{AccessToken: fromRequest}: not received
			}
			found = true
		}
		return !found
	})
	if found {
		return true
	}
	// resp.AccessToken of a token response the client decoded itself (a
	// field tagged access_token or refresh_token of a struct not bound
	// from the request being served).
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			tag := tagName(fieldTag(s))
			root := m.rootVar(sel.X, false)
			if w := tokenFieldTags[tag]; (w == whatAccess || w == whatRefresh) && root != nil && !isNamed(s.Recv(), pathOAuth2, "Token") {
				if f, _, _ := m.boundField(sel, func(n string) bool { return n == tag }); f == nil && !m.servedRequestExpr(sel.X) {
					// Built by the code: own when what it puts there is.
					own := true
					for _, v := range m.literalValues(root, s.Obj()) {
						own = own && v != nil && m.ownTokenIn(v, seen)
					}
					return own
				}
			}
		}
	}
	if v := m.localVar(e); v != nil && !seen[v] && len(seen) < maxDepth {
		seen[v] = true // at = at, a = b; b = a
		for _, d := range m.defs[v] {
			if d.rhs != nil && m.ownTokenIn(d.rhs, seen) {
				return true
			}
		}
	}
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok {
		return m.ownTokenIn(ta.X, seen)
	}
	return false
}

// tokenShape reports whether t is (a pointer to) a copy of
// golang.org/x/oauth2's Token under another path (its internal package
// vendored into a program): a struct type named Token with AccessToken,
// TokenType, RefreshToken and Expiry fields.
func tokenShape(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != "Token" {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	need := map[string]bool{"AccessToken": true, "TokenType": true, "RefreshToken": true, "Expiry": true}
	for i := 0; i < st.NumFields(); i++ {
		delete(need, st.Field(i).Name())
	}
	return len(need) == 0
}

// literalValues returns, for each assignment of v that is a composite
// literal (resp := &tokenResponse{AccessToken: tok.AccessToken}), the
// value it gives field f, nil where it gives none.
func (m *model) literalValues(v *types.Var, f types.Object) []ast.Expr {
	var out []ast.Expr
	for _, d := range m.defs[v] {
		rhs := ast.Unparen(d.rhs)
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X)
		}
		lit, ok := rhs.(*ast.CompositeLit)
		if !ok {
			continue
		}
		var val ast.Expr
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
					val = kv.Value
				}
			}
		}
		out = append(out, val)
	}
	return out
}

// builtToken reports whether x, an oauth2.Token, is one the code makes
// itself (a literal, or a variable every assignment of which is one)
// rather than one it received from a token endpoint.
func (m *model) builtToken(x ast.Expr) bool {
	lit := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		_, ok := e.(*ast.CompositeLit)
		return ok
	}
	if lit(x) {
		return true
	}
	v := m.localVar(x)
	if v == nil || len(m.defs[v]) == 0 {
		return false
	}
	for _, d := range m.defs[v] {
		if d.rhs == nil || d.tuple >= 0 || !lit(d.rhs) {
			return false
		}
	}
	return true
}

// nonceField notes a read of an ID token's nonce claim: the Nonce field
// of go-oidc's IDToken or of any claims struct (a field named nonce). The
// identifier is a use, not the field's declaration.
func (m *model) nonceField(cur inspector.Cursor, id *ast.Ident, v *types.Var) {
	o := &m.result.OIDC
	if o.NonceRead == nil && strings.EqualFold(v.Name(), "nonce") {
		o.NonceRead = id
	}
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.Sel != id {
		return
	}
	if o.IssuerRead == nil && strings.HasPrefix(strings.ToLower(v.Name()), "iss") &&
		claimTag(m.info.TypeOf(sel.X), v) == "iss" && compared(m.info, cur.Parent()) {
		o.IssuerRead = id // a claims struct's iss, compared by hand
	}
	if v.Name() != "Audience" && v.Name() != "Issuer" {
		return
	}
	for _, p := range oidcPkgs {
		if isNamed(m.info.TypeOf(sel.X), p, "IDToken") {
			if v.Name() == "Audience" && o.AudienceRead == nil {
				o.AudienceRead = id
			}
			if v.Name() == "Issuer" && o.IssuerRead == nil {
				o.IssuerRead = id
			}
		}
	}
}

// issuerIndex notes claims["iss"] compared by hand: the issuer read from
// a map of decoded claims (lit is the "iss" key).
func (m *model) issuerIndex(cur inspector.Cursor, lit *ast.BasicLit) {
	ix, ok := cur.Parent().Node().(*ast.IndexExpr)
	if !ok || ix.Index != lit {
		return
	}
	if t := m.info.TypeOf(ix.X); t == nil {
		return
	} else if _, ok := t.Underlying().(*types.Map); !ok {
		return
	}
	if compared(m.info, cur.Parent()) {
		m.result.OIDC.IssuerRead = ix
	}
}

// claimTag returns the JSON name of field f of the struct x points to or
// is, f possibly promoted from an embedded struct (jwt.RegisteredClaims);
// "" when x is not such a struct or the field has no tag.
func claimTag(x types.Type, f *types.Var) string {
	for depth := 0; x != nil && depth < 4; depth++ {
		if p, ok := x.Underlying().(*types.Pointer); ok {
			x = p.Elem()
		}
		st, ok := x.Underlying().(*types.Struct)
		if !ok {
			return ""
		}
		x = nil
		for i := range st.NumFields() {
			switch fi := st.Field(i); {
			case fi == f:
				name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
				return name
			case fi.Embedded():
				// Follow the embedded struct that declares f.
				if ft := fi.Type(); holdsField(ft, f) {
					x = ft
				}
			}
		}
	}
	return ""
}

// holdsField reports whether struct type t (or what it points to) holds f,
// directly or through its own embedded structs.
func holdsField(t types.Type, f *types.Var) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, f.Pkg(), f.Name())
	return obj == f
}

// compared reports whether the expression at cur is compared with
// something: an operand of == or !=, a switch tag, a map key, or an
// argument handed to a function (strings.EqualFold, slices.Contains, a
// validator), possibly after a type assertion.
func compared(info *types.Info, cur inspector.Cursor) bool {
	e, _ := cur.Node().(ast.Expr)
	for p := cur.Parent(); e != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr, *ast.TypeAssertExpr:
			e = n.(ast.Expr)
			continue
		case *ast.BinaryExpr:
			return n.Op == token.EQL || n.Op == token.NEQ
		case *ast.SwitchStmt:
			return n.Tag == e
		case *ast.IndexExpr:
			return n.Index == e
		case *ast.CallExpr:
			return n.Fun != e && checks(info, n)
		}
		return false
	}
	return false
}

// checks reports whether call can be a check of its arguments: a function
// (not fmt's) that answers with a bool or an error, as strings.EqualFold,
// slices.Contains and validators do and loggers do not.
func checks(info *types.Info, call *ast.CallExpr) bool {
	if fn := typeutil.StaticCallee(info, call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" {
		return false
	}
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return false
	}
	for i := range sig.Results().Len() {
		t := sig.Results().At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return true
		}
		if types.Identical(t, types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}
