package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// callerStates settles the state of a request that a function of the
// package sends itself (it redirects, or opens the URL) with the state
// its caller hands it (HandleLogin(w, r, conf, state)): when nothing
// outside the package can call that function (it is unexported, or the
// package is a command) and it is only ever called, never used as a
// value, the state is what every call of the package passes, weak only
// if every call's argument is. A request the function returns is judged
// at each call already (an AuthURLFact's StateParam), and is left alone.
func (m *model) callerStates() {
	var returned map[*AuthRequest]bool
	for _, r := range m.result.AuthRequests {
		if r.State.Origin != StateCaller {
			continue
		}
		id, ok := r.State.Node.(*ast.Ident)
		if !ok {
			continue
		}
		p, ok := m.info.Uses[id].(*types.Var)
		if !ok {
			continue
		}
		if returned == nil {
			returned = make(map[*AuthRequest]bool)
			for _, list := range m.returned {
				for _, q := range list {
					returned[q] = true
				}
			}
		}
		if returned[r] {
			continue
		}
		if s, ok := m.callersState(p, 0); ok && s.Origin.Weak() {
			fn, _ := m.paramOwner(p)
			s.Why += fmt.Sprintf(", passed as %s by every call of %s", p.Name(), fn.Name())
			r.State = s
		}
	}
}

// callersState is the origin of the arguments every call of the package
// passes for p, a parameter of a function declared here that only the
// package calls; ok false when that cannot be told (no call outside
// tests, the function used as a value, exported from a library, a
// variadic parameter).
func (m *model) callersState(p *types.Var, depth int) (State, bool) {
	if depth > 2 {
		return State{}, false
	}
	args, ok := m.callerArgs(p)
	if !ok {
		return State{}, false
	}
	var list []State
	var at []ast.Node
	for _, a := range args {
		s := m.originOf(a, nil, depth+1)
		s.Node = a
		if s.Origin == StateCaller {
			// Handed down by the caller's own caller: reported where
			// that one names it.
			id, ok := ast.Unparen(a).(*ast.Ident)
			if !ok {
				return State{}, false
			}
			q, ok := m.info.Uses[id].(*types.Var)
			if !ok {
				return State{}, false
			}
			if s, ok = m.callersState(q, depth+1); !ok {
				return State{}, false
			}
		}
		list = append(list, s)
		at = append(at, s.Node)
	}
	if len(list) == 0 {
		return State{}, false
	}
	s := alternatives(list)
	s.Node = at[0]
	if len(at) > 1 {
		s.Node = nil // several calls: reported at the request
	}
	return s, true
}

// paramOwner is the function declared in this package whose parameter
// p is, and p's index.
func (m *model) paramOwner(p *types.Var) (*types.Func, int) {
	if m.paramOwners == nil {
		m.paramOwners = make(map[*types.Var]paramAt)
		for fn := range m.funcDecls {
			params := fn.Signature().Params()
			for i := range params.Len() {
				m.paramOwners[params.At(i)] = paramAt{fn, i}
			}
		}
	}
	o, ok := m.paramOwners[p]
	if !ok {
		return nil, -1
	}
	return o.fn, o.i
}

type paramAt struct {
	fn *types.Func
	i  int
}

// usedAsValue is the set of the package's functions and methods named
// other than as the function of a call (a handler registered with
// http.HandleFunc, a method value): whoever holds the value calls them.
func (m *model) usedAsValue() map[*types.Func]bool {
	if m.funcValues != nil {
		return m.funcValues
	}
	m.funcValues = make(map[*types.Func]bool)
	for cur := range m.in.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		fn, ok := m.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != m.pass.Pkg {
			continue
		}
		var named ast.Expr = id
		parent := cur.Parent()
		if sel, ok := parent.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			named, parent = sel, parent.Parent() // t.method, pkg.Func
		}
		if c, ok := parent.Node().(*ast.CallExpr); ok && c.Fun == named {
			continue
		}
		m.funcValues[fn.Origin()] = true
	}
	return m.funcValues
}

// callerConfigs settles the config of a request made on a parameter
// (loginHandler(c *oauth2.Config) redirecting to c.AuthCodeURL(st)) of
// a function only the package calls, never used as a value, when every
// call hands it the same config: the request is that config's, with its
// redirect URI and its secret (or none), as if written with it.
func (m *model) callerConfigs() {
	for _, r := range m.result.AuthRequests {
		obj := m.callersConfig(r.Config)
		if obj == nil {
			continue
		}
		r.Config = obj
		if r.RedirectURI.Presence != value.Present {
			r.RedirectURI = m.configRedirect(obj)
		}
		if r.NoSecret == nil && !m.inTestFile(r.Node.Pos()) {
			if lit := m.noSecret(obj); lit != nil {
				r.NoSecret, r.NoSecretWhy = lit, m.noSecretWhy(lit)
			}
		}
	}
	for _, t := range m.result.TokenRequests {
		if obj := m.callersConfig(t.Config); obj != nil {
			t.Config = obj
		}
	}
}

// callersConfig is the one config object that every call of the package
// passes for p, a parameter of a function that only the package calls;
// nil when p is no such parameter or the calls pass different ones.
func (m *model) callersConfig(p types.Object) types.Object {
	v, ok := p.(*types.Var)
	if !ok {
		return nil
	}
	args, ok := m.callerArgs(v)
	if !ok {
		return nil
	}
	var got types.Object
	for _, a := range args {
		obj := m.objectOf(a)
		if obj == nil || got != nil && obj != got {
			return nil
		}
		got = obj
	}
	if got == p {
		return nil // passed on to itself
	}
	return got
}

// callerArgs are the arguments that the package's calls (outside tests)
// pass for p, a parameter of a function declared here that nothing else
// can call: unexported, or in a command, never used as a value, and p not
// its variadic parameter. ok is false when p is no such parameter, or a
// call spreads a slice over the parameters; args is empty when no call
// is made.
func (m *model) callerArgs(p *types.Var) (args []ast.Expr, ok bool) {
	if p.IsField() || !m.isParam(p) {
		return nil, false
	}
	fn, i := m.paramOwner(p)
	if fn == nil || fn.Exported() && m.pass.Pkg.Name() != "main" || m.usedAsValue()[fn] {
		return nil, false
	}
	if sig := fn.Signature(); sig.Variadic() && i == sig.Params().Len()-1 {
		return nil, false
	}
	for _, cur := range m.localCalls {
		call := cur.Node().(*ast.CallExpr)
		callee, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok || callee.Origin() != fn || m.inTest(call) {
			continue
		}
		if i >= len(call.Args) || call.Ellipsis.IsValid() {
			return nil, false
		}
		args = append(args, call.Args[i])
	}
	return args, true
}
