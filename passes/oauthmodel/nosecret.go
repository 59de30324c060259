package oauthmodel

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// noSecret returns the oauth2.Config literal of obj when the code shows
// that the client has no secret, and so is public whatever kind of
// program it is (RFC 6749 §2.1; RFC 9700 §2.1.1 asks PKCE of every
// public client): obj is a variable of this package (a local one, or an
// unexported package-level one), assigned once from a keyed literal
// without a ClientSecret (or with ""), used only as the receiver of
// oauth2.Config's methods or to read its fields, and no statement of the
// package assigns a ClientSecret field or sends a client assertion
// (private_key_jwt). Anything else (a config from a function, a field,
// one handed to other code) may have a secret: nil.
func (m *model) noSecret(obj types.Object) ast.Node {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() != m.pass.Pkg || v.Exported() || m.addrTaken[v] {
		return nil
	}
	if m.secretSet || m.sendsAssertion() {
		return nil
	}
	d, ok := m.singleDef(v)
	if !ok || d.rhs == nil || d.tuple >= 0 {
		return nil
	}
	lit := m.literalOf(d.rhs)
	if lit == nil || !isNamed(m.info.TypeOf(lit), pathOAuth2, typeOAuth2Config) {
		return nil
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil // unkeyed: every field is given
		}
		if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "ClientSecret" && !m.isEmptyString(kv.Value) {
			return nil
		}
	}
	escapes := false
	m.eachUse(v, d.cur, func(use inspector.Cursor) {
		if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.X == use.Node() {
			return // cfg.AuthCodeURL(…), cfg.Exchange(…), cfg.RedirectURL
		}
		if as, ok := use.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 && as.Lhs[0] == use.Node() {
			return // the definition
		}
		if vs, ok := use.Parent().Node().(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0] == use.Node() {
			return
		}
		escapes = true
	})
	if escapes {
		return nil
	}
	return lit
}

// sendsAssertion reports whether the package sends a client assertion or
// a client secret of its own: a SetAuthURLParam call (the calls into
// golang.org/x/oauth2 are collected already), or a parameter set it
// builds.
func (m *model) sendsAssertion() bool {
	// A token request the package builds by hand that carries the
	// secret (or an assertion): the config without one only makes the
	// authorization URL.
	for _, c := range m.containers {
		p := m.containerParams(c)
		if hasKey(p, "client_secret") || hasKey(p, "client_assertion") {
			return true
		}
	}
	for _, cur := range m.oauthCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || fn.Name() != "SetAuthURLParam" || len(call.Args) != 2 {
			continue
		}
		switch m.constString(call.Args[0]) {
		case "client_assertion", "client_secret":
			return true
		}
	}
	return false
}

// noSecretWhy says where a config without a secret is.
func (m *model) noSecretWhy(lit ast.Node) string {
	return "its oauth2.Config (line " + strconv.Itoa(m.pass.Fset.Position(lit.Pos()).Line) + ") has no ClientSecret, so it is a public client"
}
