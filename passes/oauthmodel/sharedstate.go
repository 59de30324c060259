package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"
)

// SharedStateCheck is a callback's state check against a package-level
// value that is the same for every login: a state drawn once when the
// program starts (var state = generateState()) or read once from its
// settings, handed to a page that builds the authorization request in the
// browser (a sign-in widget's template) and compared here. Whatever its
// entropy, every user's login carries it, so an attacker's own login
// gives it away and a forged callback with the attacker's code passes
// (login CSRF, RFC 6749 §10.12, RFC 9700 §4.7.1). A request the package
// builds with the same value is reported there, as a constant state.
type SharedStateCheck struct {
	Node     ast.Node // the comparison
	Expected ast.Expr // the package-level side
	Why      string   // the state's origin: "the package-level variable state, drawn once and shared by every login"
	Exchange *TokenRequest
}

// sharedStateCheck looks in handler, which reads the state before the
// exchange t, for a comparison of the request's state with a
// package-level variable of one value for every login, that no
// authorization request of the package sends (those are judged there).
// A program that listens on loopback only is one user's.
func (m *model) sharedStateCheck(t *TokenRequest, handler ast.Node) {
	sig := m.result.Signals
	if sig.LoopbackListen != nil && sig.PublicListen == nil {
		return
	}
	hcur, ok := m.in.Root().FindNode(handler)
	if !ok {
		return
	}
	for c := range hcur.Preorder((*ast.BinaryExpr)(nil)) {
		b := c.Node().(*ast.BinaryExpr)
		if b.Op != token.EQL && b.Op != token.NEQ {
			continue
		}
		for _, pair := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			id, ok := ast.Unparen(pair[1]).(*ast.Ident)
			if !ok || !m.requestState(pair[0], nil) {
				continue
			}
			v, ok := m.info.Uses[id].(*types.Var)
			if !ok || v.Pkg() != m.pass.Pkg || v.Parent() != v.Pkg().Scope() || m.sentAsState(v) {
				continue
			}
			s := m.originOf(pair[1], nil, 0)
			if s.Origin != StateConstant {
				continue
			}
			m.result.SharedStateChecks = append(m.result.SharedStateChecks, SharedStateCheck{Node: b, Expected: pair[1], Why: s.Why, Exchange: t})
			return
		}
	}
}

// sentAsState reports whether an authorization request of the package
// sends v as its state.
func (m *model) sentAsState(v *types.Var) bool {
	for _, r := range m.result.AuthRequests {
		if id, ok := r.State.Node.(*ast.Ident); ok && m.info.Uses[id] == v {
			return true
		}
	}
	return false
}
