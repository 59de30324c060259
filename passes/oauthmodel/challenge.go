package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// ChallengeFact is exported for a function (or the method of an
// interface of its package that its one implementation is) that hands
// its parameter Param to an identity server as the challenge the server
// binds to the browser (knowledge.BrowserBoundChallenges): a callback
// that checks its state that way is bound to the browser.
type ChallengeFact struct {
	Param int
	At    string // the SDK call: "hydra.go:31"
}

func (*ChallengeFact) AFact() {}

func (f *ChallengeFact) String() string {
	return fmt.Sprintf("challenge(arg%d at %s)", f.Param, f.At)
}

// challengeSetter reports whether fn takes a browser-bound challenge.
func challengeSetter(fn *types.Func) bool {
	return challengeName(fn, func(c knowledge.BrowserBoundChallenge) []string { return c.Setters })
}

// challengeField reports whether the field f holds a browser-bound
// challenge.
func challengeField(f *types.Var) bool {
	return f.IsField() && challengeName(f, func(c knowledge.BrowserBoundChallenge) []string { return c.Fields })
}

func challengeName(obj types.Object, names func(knowledge.BrowserBoundChallenge) []string) bool {
	if obj.Pkg() == nil {
		return false
	}
	path := trimVendor(obj.Pkg().Path())
	for _, c := range knowledge.BrowserBoundChallenges {
		if !slices.Contains(names(c), obj.Name()) {
			continue
		}
		for _, root := range c.Paths {
			if path == root || strings.HasPrefix(path, root+"/") {
				return true
			}
		}
	}
	return false
}

// importsChallengeSDK reports whether pkg imports an SDK of an identity
// server whose challenges are bound to the browser.
func importsChallengeSDK(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		path := trimVendor(imp.Path())
		for _, c := range knowledge.BrowserBoundChallenges {
			for _, root := range c.Paths {
				if path == root || strings.HasPrefix(path, root+"/") {
					return true
				}
			}
		}
	}
	return false
}

// handsChallenge reports whether the call hands its argument i to the
// identity server as a browser-bound challenge: a setter of the SDK, a
// function of another package with a ChallengeFact for it, or a function
// of this package that hands its parameter on so (depth calls deep).
func (m *model) handsChallenge(call *ast.CallExpr, i, depth int) bool {
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || depth > 2 {
		return false
	}
	if challengeSetter(fn) {
		return true
	}
	if fn.Pkg() != m.pass.Pkg {
		var f ChallengeFact
		return fn.Pkg() != nil && m.pass.ImportObjectFact(fn.Origin(), &f) && f.Param == i
	}
	if isInterfaceMethod(fn) {
		// A store interface of the package: its one implementation here.
		iface, _ := fn.Signature().Recv().Type().Underlying().(*types.Interface)
		if iface == nil {
			return false
		}
		if fn = m.soleImplementation(iface, fn.Name()); fn == nil {
			return false
		}
	}
	cur, ok := m.funcDecls[fn.Origin()]
	sig := fn.Signature()
	if !ok || i >= sig.Params().Len() || sig.Variadic() && i == sig.Params().Len()-1 {
		return false
	}
	return m.challengeParam(cur, sig.Params().At(i), depth+1) != nil
}

// challengeParam finds in the function at cur the call that hands its
// parameter p to the identity server as a challenge.
func (m *model) challengeParam(cur inspector.Cursor, p *types.Var, depth int) ast.Node {
	for c := range cur.Preorder((*ast.Ident)(nil)) {
		if m.info.Uses[c.Node().(*ast.Ident)] != p {
			continue
		}
		switch p := c.Parent().Node().(type) {
		case *ast.CallExpr:
			if i := indexOf(p.Args, c.Node()); i >= 0 && m.handsChallenge(p, i, depth) {
				return p
			}
		case *ast.KeyValueExpr:
			// &admin.GetLoginRequestParams{LoginChallenge: c}
			if k, ok := p.Key.(*ast.Ident); ok && p.Value == c.Node() {
				if f, ok := m.info.Uses[k].(*types.Var); ok && challengeField(f) {
					return p
				}
			}
		case *ast.AssignStmt:
			// params.LoginChallenge = c
			if len(p.Lhs) == len(p.Rhs) {
				if i := indexOf(p.Rhs, c.Node()); i >= 0 {
					if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
						if f, ok := m.info.Uses[sel.Sel].(*types.Var); ok && challengeField(f) {
							return p
						}
					}
				}
			}
		}
	}
	return nil
}

// stateIsChallenge reports whether the handler at hcur hands the
// request's state to the identity server as a browser-bound challenge.
func (m *model) stateIsChallenge(hcur inspector.Cursor) bool {
	for c := range hcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		for i, a := range call.Args {
			if m.requestState(a, nil) && m.handsChallenge(call, i, 0) {
				return true
			}
		}
	}
	return false
}

// exportChallengeFacts exports a ChallengeFact for each function of the
// package that hands a string parameter to the identity server as a
// challenge, and for the methods of the package's interfaces that their
// one implementation is.
func (m *model) exportChallengeFacts() {
	facts := make(map[*types.Func]*ChallengeFact)
	for fn, cur := range m.funcDecls {
		if m.inTest(cur.Node()) {
			continue
		}
		sig := fn.Signature()
		for i := range sig.Params().Len() {
			p := sig.Params().At(i)
			if !isStringKind(p.Type()) {
				continue
			}
			if n := m.challengeParam(cur, p, 0); n != nil {
				f := &ChallengeFact{Param: i, At: m.shortPos(n)}
				m.pass.ExportObjectFact(fn, f)
				facts[fn] = f
				break
			}
		}
	}
	if len(facts) == 0 {
		return
	}
	m.ownInterfaceMethods(func(iface *types.Interface, im *types.Func) {
		if impl := m.soleImplementation(iface, im.Name()); impl != nil && facts[impl] != nil {
			m.pass.ExportObjectFact(im, facts[impl])
		}
	})
}
