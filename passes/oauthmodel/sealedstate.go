package oauthmodel

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// A state the server seals (encrypts or signs with its own key: the
// return URL, the PKCE verifier, a timestamp) and the callback only
// opens is checked, but bound to nothing of the browser's: any state
// the server ever issued opens. An attacker starts a login, stops at the
// callback with their own code and state, and sends that link to the
// victim (login CSRF, RFC 6749 §10.12); a verifier carried in the state
// is the attacker's too. It is an UnboundStateCheck whose store is the
// server's key.

// sealOpeners open or verify a value sealed with the server's key.
var sealOpeners = map[string]string{
	"(crypto/cipher.AEAD).Open":                              "cipher.AEAD.Open",
	"crypto/hmac.Equal":                                      "hmac.Equal",
	"(*github.com/gorilla/securecookie.SecureCookie).Decode": "securecookie.Decode",
	"github.com/gorilla/securecookie.DecodeMulti":            "securecookie.DecodeMulti",
	"github.com/golang-jwt/jwt/v5.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v5.ParseWithClaims":           "jwt.ParseWithClaims",
	"(*github.com/golang-jwt/jwt/v5.Parser).Parse":           "jwt.Parser.Parse",
	"(*github.com/golang-jwt/jwt/v5.Parser).ParseWithClaims": "jwt.Parser.ParseWithClaims",
	"github.com/golang-jwt/jwt/v4.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v4.ParseWithClaims":           "jwt.ParseWithClaims",
	"github.com/go-jose/go-jose/v4.ParseEncrypted":           "jose.ParseEncrypted",
	"github.com/go-jose/go-jose/v4.ParseSigned":              "jose.ParseSigned",
	"github.com/go-jose/go-jose/v3.ParseEncrypted":           "jose.ParseEncrypted",
	"github.com/go-jose/go-jose/v3.ParseSigned":              "jose.ParseSigned",
}

// SealFact is exported for a function that opens its parameter Param
// with one of sealOpeners (itself, or through this package's functions):
// a callback of another package that hands it the request's state only
// opens the state.
type SealFact struct {
	Param int    // 0-based
	What  string // the opener: "cipher.AEAD.Open"
}

func (*SealFact) AFact() {}

func (f *SealFact) String() string { return "opensSealed(" + f.What + ")" }

// SealPkgFact marks a package that exports SealFacts.
type SealPkgFact struct{}

func (*SealPkgFact) AFact()         {}
func (*SealPkgFact) String() string { return "opensSealed" }

// mayOpenSealed reports whether a package may hold a function whose
// SealFact its importers need: it imports an opener's package, or a
// package that exports SealFacts.
func mayOpenSealed(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(SealPkgFact)) {
			return true
		}
		p := trimVendor(imp.Path())
		for name := range sealOpeners {
			if strings.Contains(name, p+".") {
				return true
			}
		}
	}
	return false
}

// sealedState finds in the handler at hcur a call that opens the
// request's state with a sealOpener (here, through a function of this
// package, or through another package's function with a SealFact); it
// returns the call and the opener.
func (m *model) sealedState(hcur inspector.Cursor) (ast.Node, string, string) {
	tainted := make(map[*types.Var]bool)
	isState := func(e ast.Expr) bool { return m.requestState(e, nil) }
	call, what, via := m.opensIn(hcur, tainted, isState, 0)
	return call, what, via
}

// opensIn follows values derived from the state (tainted, or e with
// isState(e)) through fcur's assignments to a call that opens them.
func (m *model) opensIn(fcur inspector.Cursor, tainted map[*types.Var]bool, isState func(ast.Expr) bool, depth int) (ast.Node, string, string) {
	mentions := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if found {
				return false
			}
			switch x := n.(type) {
			case *ast.Ident:
				if v, ok := m.info.Uses[x].(*types.Var); ok && tainted[v] {
					found = true
				}
			case *ast.CallExpr, *ast.IndexExpr:
				if isState != nil && isState(x.(ast.Expr)) {
					found = true
				}
			case *ast.FuncLit:
				return false
			}
			return !found
		})
		return found
	}
	for range 2 { // twice: a value derived in a loop
		for c := range fcur.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			hit := false
			for _, r := range as.Rhs {
				hit = hit || mentions(r)
			}
			if !hit {
				continue
			}
			for _, l := range as.Lhs {
				if v := m.localVar(l); v != nil {
					tainted[v] = true
				}
			}
		}
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			continue
		}
		fn = fn.Origin()
		if what, ok := sealOpeners[m.funcName(fn)]; ok {
			for _, a := range call.Args {
				if mentions(a) {
					return call, what, ""
				}
			}
			continue
		}
		if fn.Pkg() != nil && fn.Pkg() != m.pass.Pkg {
			var f SealFact
			if m.pass.ImportObjectFact(fn, &f) && f.Param < len(call.Args) && mentions(call.Args[f.Param]) {
				return call, f.What, fn.Pkg().Name() + "." + fn.Name()
			}
			continue
		}
		next, ok := m.funcDecls[fn]
		if !ok || next.Node() == fcur.Node() || depth >= 2 || call.Ellipsis.IsValid() {
			continue
		}
		sig := fn.Signature()
		inner := make(map[*types.Var]bool)
		for i, a := range call.Args {
			if i < sig.Params().Len() && mentions(a) {
				inner[sig.Params().At(i)] = true
			}
		}
		if len(inner) == 0 {
			continue
		}
		if _, what, _ := m.opensIn(next, inner, nil, depth+1); what != "" {
			return call, what, fn.Name()
		}
	}
	return nil, "", ""
}

// exportSealFacts exports a SealFact for each exported function of the
// package that opens one of its string or byte parameters.
func (m *model) exportSealFacts() {
	exported := false
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || m.inTest(cur.Node()) {
			continue
		}
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			p := sig.Params().At(i)
			if !isStringType(p.Type()) && !isByteSlice(p.Type()) {
				continue
			}
			if _, what, _ := m.opensIn(cur, map[*types.Var]bool{p: true}, nil, 0); what != "" {
				m.pass.ExportObjectFact(fn, &SealFact{Param: i, What: what})
				exported = true
				break
			}
		}
	}
	if exported {
		m.pass.ExportPackageFact(&SealPkgFact{})
	}
}
