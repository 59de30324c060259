package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
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
	// NonceRead is the first read of an ID token's nonce claim in the
	// package (IDToken.Nonce, or a claims field tagged "nonce"); nil if none.
	NonceRead ast.Node
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
			})
		}
	}
}

// oidcConfigAssign records cfg.SkipExpiryCheck = true.
func (m *model) oidcConfigAssign(cur inspector.Cursor, lhs *ast.SelectorExpr, rhs ast.Expr) {
	check, ok := oidcConfigSkips[lhs.Sel.Name]
	if !ok || !isOIDCConfig(m.info.TypeOf(lhs.X)) || !m.constTrue(rhs) {
		return
	}
	m.result.OIDC.Skips = append(m.result.OIDC.Skips, &OIDCSkip{
		Field: lhs.Sel.Name, Check: check, Node: cur.Node(), Func: enclosingFunc(cur),
	})
}

// constTrue reports whether e is the constant true; a value from a flag,
// a configuration file or a parameter is unknown.
func (m *model) constTrue(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// oidcCall records go-oidc calls that matter for verification.
func (m *model) oidcCall(fn *types.Func, call *ast.CallExpr) {
	switch fn.Name() {
	case "InsecureIssuerURLContext":
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

// nonceField notes a read of an ID token's nonce claim: the Nonce field
// of go-oidc's IDToken or of any claims struct (a field named nonce). The
// identifier is a use, not the field's declaration.
func (m *model) nonceField(id *ast.Ident, v *types.Var) {
	if m.result.OIDC.NonceRead == nil && v.IsField() && strings.EqualFold(v.Name(), "nonce") {
		m.result.OIDC.NonceRead = id
	}
}
