package oauthmodel

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// noAuthorizeEndpoint applies to a server that cannot serve an
// authorization endpoint: the call makes the server value itself, the
// value is held where nothing outside this package can read it (a local
// variable, an unexported package variable or struct field, and whatever
// of those it is copied to), and every read of it selects a field or a
// method that is not one of the library's AuthorizeMethods, at least one
// method among them. Any other read (returned, passed, converted to an
// interface, its address taken, an exported home) may reach an
// authorization endpoint in code analysed later, and leaves the decisions
// as they are. Decisions only an authorization endpoint makes
// (knowledge.AuthorizeOnly) are then forbidden: there is no endpoint to
// allow them.
func (m *model) noAuthorizeEndpoint(u *anchorUse) {
	if !u.a.Serves || len(u.lib.AuthorizeMethods) == 0 || u.sc == nil || u.obj == nil {
		return
	}
	// A server the package never calls a method on is not judged: its
	// code is not all here to read (a fixture, a stub in progress).
	st := &stayState{lib: u.lib, seen: make(map[types.Object]bool)}
	if m.exportedVar(u.obj) {
		st.exported = u.obj
	}
	if !m.staysIn(u.obj, st) || st.methods == 0 {
		return
	}
	why := "this package never serves the server's authorization endpoint, and the server does not leave the package"
	if st.exported != nil {
		why = "this package serves only the server's token endpoint; a package that serves its authorization endpoint is reported there"
	}
	var deferred []ServedDecision
	for _, d := range knowledge.AuthorizeOnly {
		if sd := &u.sc.Decisions[d]; sd.Status == knowledge.Allowed {
			if st.exported != nil {
				deferred = append(deferred, ServedDecision{Decision: d, Why: sd.Why})
			}
			*sd = ServerDecision{Status: knowledge.Forbidden, Node: u.call, Why: why}
		}
	}
	// The decisions a gate call makes usable (go-oauth2's
	// SetUserAuthorizationHandler: without it no code or token is
	// issued), left allowed because an importer might make the call: the
	// importer would have to serve the authorization endpoint too, which
	// only the exported variable lets it do (and is reported there).
	// The server's own decisions and its library's other configurations
	// here (the manager it is given), when it is the package's one server.
	if m.soleServer(u) {
		for _, k := range m.mainOnlyKept {
			if k.lib != u.lib {
				continue
			}
			sd := &k.sc.Decisions[k.d]
			if sd.Status != knowledge.Allowed {
				continue
			}
			gwhy := "no " + k.gate + " call makes it usable, and " + why
			if st.exported != nil {
				deferred = append(deferred, ServedDecision{Decision: k.d, Why: sd.Why})
				gwhy = "no " + k.gate + " call makes it usable here; " + why
			}
			*sd = ServerDecision{Status: knowledge.Forbidden, Node: u.call, Why: gwhy}
		}
	}
	if len(deferred) > 0 {
		m.exportServed(u, deferred)
	}
}

// keptGate is a decision a MainOnly gate left allowed (mainOnlyKept).
type keptGate struct {
	sc   *ServerConfig
	d    knowledge.Decision
	lib  *knowledge.Server
	gate string // the gate call's name: SetUserAuthorizationHandler
}

// soleServer reports whether u makes the only server of its library in
// this package (its other configurations, a manager, are then this
// server's).
func (m *model) soleServer(u *anchorUse) bool {
	n := 0
	for _, cur := range m.serverCalls {
		fn, ok := typeutil.Callee(m.info, cur.Node().(*ast.CallExpr)).(*types.Func)
		if !ok {
			continue
		}
		for i := range u.lib.Anchors {
			if a := &u.lib.Anchors[i]; a.Serves && m.libFunc(fn.Origin(), a.Func) {
				n++
			}
		}
	}
	return n == 1
}

// noRedirectUse applies to a value whose anchor lists RedirectMethods
// (go-oauth2's manager): held where only this package reads it, used for
// methods, and never for one that judges a redirect URI, it judges none,
// and its loose validator never runs.
func (m *model) noRedirectUse(u *anchorUse) {
	if len(u.a.RedirectMethods) == 0 || u.sc == nil || u.obj == nil || m.exportedVar(u.obj) {
		return
	}
	sd := &u.sc.Decisions[knowledge.LooseRedirect]
	if sd.Status != knowledge.Allowed {
		return
	}
	lib := *u.lib
	lib.AuthorizeMethods = u.a.RedirectMethods
	st := &stayState{lib: &lib, seen: make(map[types.Object]bool)}
	if !m.staysIn(u.obj, st) || st.methods == 0 {
		return
	}
	*sd = ServerDecision{Status: knowledge.Forbidden, Node: u.call,
		Why: "the package never asks this manager to judge a redirect URI (it only loads or stores tokens with it), and the manager does not leave the package"}
}

// exportedVar reports whether obj is an exported package-level variable
// of this package: other packages may serve the server it holds.
func (m *model) exportedVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Exported() && v.Pkg() == m.pass.Pkg && v.Parent() == m.pass.Pkg.Scope()
}

// private reports whether only this package can read obj: a local
// variable, an unexported package variable, or an unexported field of a
// struct type (a value of the type may leave the package, the field
// cannot be selected outside it).
func (m *model) private(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() != m.pass.Pkg {
		return false
	}
	if v.IsField() || v.Parent() == m.pass.Pkg.Scope() {
		return !v.Exported()
	}
	return v.Parent() != nil
}

type stayState struct {
	lib      *knowledge.Server
	seen     map[types.Object]bool
	methods  int          // method selections seen
	exported types.Object // the exported variable whose uses in importers are judged there (served.go)
}

// staysIn reports whether the server held in obj (and in the variables
// and fields it is copied to) is only ever selected for a field or for a
// method that is not one of lib's AuthorizeMethods.
func (m *model) staysIn(obj types.Object, st *stayState) bool {
	if v, ok := obj.(*types.Var); ok {
		obj = v.Origin() // a field of a generic type: its instances' uses too
	}
	if st.seen[obj] {
		return true
	}
	st.seen[obj] = true
	if len(st.seen) > maxDepth || !m.private(obj) && obj != st.exported {
		return false
	}
	isField := obj.(*types.Var).IsField()
	root := m.in.Root()
	for id, o := range m.info.Uses {
		if v, ok := o.(*types.Var); !ok || v.Origin() != obj {
			continue
		}
		cur, ok := root.FindNode(id)
		if !ok {
			return false
		}
		e := ast.Expr(id)
		if isField {
			switch p := cur.Parent().Node().(type) {
			case *ast.SelectorExpr:
				if p.Sel != id {
					return false
				}
				e, cur = p, cur.Parent()
			case *ast.KeyValueExpr:
				if p.Key == id {
					continue // App{srv: …}: a write, the value is followed where it is read
				}
				return false
			default:
				return false
			}
		}
		if !m.staysUse(e, cur, st) {
			return false
		}
	}
	return true
}

// staysUse judges one read of the server: e, at cur.
func (m *model) staysUse(e ast.Expr, cur inspector.Cursor, st *stayState) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[p]
		if !ok || p.X != e {
			return false
		}
		if fn, ok := sel.Obj().(*types.Func); ok {
			st.methods++
			return !slices.ContainsFunc(st.lib.AuthorizeMethods, func(f knowledge.Func) bool { return m.libFunc(fn.Origin(), f) })
		}
		return true // a field: srv.Config.ForcePKCE = true, srv.Manager
	case *ast.AssignStmt:
		if slices.Contains(p.Lhs, e) {
			return true // srv = …: a write
		}
		if len(p.Lhs) != len(p.Rhs) {
			return false
		}
		for i, r := range p.Rhs {
			if r == e {
				to := m.rootObj(p.Lhs[i])
				if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
					if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
						to = s.Obj()
					}
				}
				return to != nil && m.staysIn(to, st)
			}
		}
	case *ast.KeyValueExpr:
		if p.Value != e {
			return false
		}
		if k, ok := p.Key.(*ast.Ident); ok {
			if f, ok := m.info.Uses[k].(*types.Var); ok && f.IsField() {
				return m.staysIn(f, st)
			}
		}
	}
	return false
}
