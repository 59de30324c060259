package oauthmodel

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A provider library that verifies plain challenges (zitadel/oidc's op)
// leaves the method to the program's storage: the challenge record it
// verifies comes from the program (AuthRequest.GetCodeChallenge). Where
// the program builds that record with the method the client sent,
//
//	return &oidc.CodeChallenge{Challenge: r.CodeChallenge, Method: r.CodeChallengeMethod}
//
// (r the received *oidc.AuthRequest, possibly through locals), and
// nothing in the package compares a method with a constant, the provider
// accepts plain: the PlainPKCE decision of the library's configuration
// in the package, or of a record of its own when the storage lives apart
// from the provider's constructor (knowledge.Server.PlainCopy).

// plainCopies records the PlainPKCE decisions that challenge records
// copying the received method make.
func (m *model) plainCopies() {
	if m.lib(m.pass.Pkg).lib != nil {
		return // the library itself
	}
	for _, lib := range knowledge.Servers {
		pc := lib.PlainCopy
		if pc == nil || !m.importsAny(pc.Challenge) {
			continue
		}
		var copied *ast.KeyValueExpr
		for cur := range m.in.Root().Preorder((*ast.CompositeLit)(nil)) {
			lit := cur.Node().(*ast.CompositeLit)
			if m.inTest(lit) || !namedIn(namedOf(m.info.TypeOf(lit)), pc.Challenge) {
				continue
			}
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == pc.MethodField && m.receivedField(kv.Value, pc.ReceivedField) {
					copied = kv
				}
			}
			if copied != nil {
				break
			}
		}
		if copied == nil || m.judgesMethod(pc) {
			continue
		}
		var sc *ServerConfig
		for _, c := range m.result.Server.Configs {
			if c.Library == lib.Name {
				sc = c
				break
			}
		}
		if sc == nil {
			sc = &ServerConfig{Library: lib.Name, Node: copied, Advice: lib.Advice}
			m.result.Server.Configs = append(m.result.Server.Configs, sc)
		}
		if sc.Decisions[knowledge.PlainPKCE].Status == knowledge.Unknown {
			sc.Decisions[knowledge.PlainPKCE] = ServerDecision{Status: knowledge.Allowed, Node: copied, Why: pc.Why}
		}
	}
}

// receivedField reports whether e is, or holds (through local
// variables, a conversion, a field of the program's own record), the
// field named field of a request the library received.
func (m *model) receivedField(e ast.Expr, field string) bool {
	return m.receivedValue(e, field, false)
}

// receivedValue is receivedField; hops stops it following a field of the
// program's own record into another such field.
func (m *model) receivedValue(e ast.Expr, field string, hops bool) bool {
	e = m.origin(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() {
			e = m.origin(call.Args[0]) // oidc.CodeChallengeMethod(r.CodeChallengeMethod)
		}
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	if sel.Sel.Name == field && receivedType(namedOf(s.Recv())) {
		return true
	}
	// A field of the program's own request record (a.CodeChallengeMethod
	// of its AuthRequest type) every write of which is the received one.
	f, ok := s.Obj().(*types.Var)
	return ok && f.Pkg() == m.pass.Pkg && !hops && m.copiedField(f, field)
}

// copiedField reports whether every write of the program's field f in the
// package (a literal's key, an assignment) is the received request's
// field, and there is one.
func (m *model) copiedField(f *types.Var, field string) bool {
	writes := 0
	for cur := range m.in.Root().Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.KeyValueExpr:
			if k, ok := n.Key.(*ast.Ident); ok && m.info.Uses[k] == f {
				if !m.receivedValue(n.Value, field, true) {
					return false
				}
				writes++
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok || m.info.Uses[sel.Sel] != f {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) || n.Tok != token.ASSIGN || !m.receivedValue(n.Rhs[i], field, true) {
					return false
				}
				writes++
			}
		}
	}
	return writes > 0
}

// judgesMethod reports whether the package compares a code challenge
// method (a value of the library's method type, or the received field)
// with a constant, in an == or != or a switch: the program refuses some
// methods itself.
func (m *model) judgesMethod(pc *knowledge.PlainCopy) bool {
	isMethod := func(e ast.Expr) bool {
		if namedIn(namedOf(m.info.TypeOf(e)), pc.MethodTypes) {
			return true
		}
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == pc.ReceivedField
	}
	isConst := func(e ast.Expr) bool {
		tv, ok := m.info.Types[e]
		return ok && tv.Value != nil
	}
	for cur := range m.in.Root().Preorder((*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue
			}
			if isMethod(n.X) && isConst(n.Y) || isMethod(n.Y) && isConst(n.X) {
				return true
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && isMethod(n.Tag) {
				return true
			}
		}
	}
	return false
}

// importsAny reports whether the package imports the package of one of
// the named types.
func (m *model) importsAny(names []knowledge.Named) bool {
	if m.pass.Pkg == nil {
		return false
	}
	for _, imp := range m.pass.Pkg.Imports() {
		for _, n := range names {
			if trimVendor(imp.Path()) == n.Path {
				return true
			}
		}
	}
	return false
}

// namedIn reports whether n is one of the named types.
func namedIn(n *types.Named, names []knowledge.Named) bool {
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	path := trimVendor(n.Obj().Pkg().Path())
	for _, x := range names {
		if x.Path == path && x.Name == n.Obj().Name() {
			return true
		}
	}
	return false
}
