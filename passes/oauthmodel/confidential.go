package oauthmodel

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A server whose clients are all of the program's own types, each of
// which says it is not public (fosite.Client's IsPublic() returning the
// constant false), has no public clients: "public clients may skip PKCE"
// says nothing about it, and its missing PKCE is the decision for
// confidential clients (knowledge.PKCEAll), reported with
// -pkce.confidential. The package must make none of the library's own
// client types, which may be public.

// confidentialClients moves the PKCEPublic decision of such a package's
// servers to PKCEAll.
func (m *model) confidentialClients() {
	for _, sc := range m.result.Server.Configs {
		d := sc.Decisions[knowledge.PKCEPublic]
		if d.Status != knowledge.Allowed || sc.Decisions[knowledge.PKCEAll].Status == knowledge.Forbidden {
			continue
		}
		lib := serverLib(sc.Library)
		if lib == nil || lib.PublicMethod == nil {
			continue
		}
		why, ok := m.noPublicClients(lib)
		if !ok {
			continue
		}
		d.Why += "; " + why
		d.Fix = ServerFix{}
		sc.Decisions[knowledge.PKCEAll] = d
		sc.Decisions[knowledge.PKCEPublic] = ServerDecision{Status: knowledge.Forbidden, Node: d.Node, Why: why}
	}
}

// serverLib is the knowledge table named name.
func serverLib(name string) *knowledge.Server {
	for _, lib := range knowledge.Servers {
		if lib.Name == name {
			return lib
		}
	}
	return nil
}

// noPublicClients reports whether every type of the package implementing
// lib's client interface answers false from its PublicMethod, there is
// one, and the package uses none of lib's client types; or, with no such
// type, whether its only clients are a confidential store's.
func (m *model) noPublicClients(lib *knowledge.Server) (string, bool) {
	pm := lib.PublicMethod
	var iface *types.Interface
	for _, imp := range m.pass.Pkg.Imports() {
		r := m.lib(imp)
		if r.lib != lib || r.rel != pm.Iface.Pkg {
			continue
		}
		if tn, ok := imp.Scope().Lookup(pm.Iface.Name).(*types.TypeName); ok {
			iface, _ = tn.Type().Underlying().(*types.Interface)
		}
	}
	for _, obj := range m.info.Uses {
		tn, ok := obj.(*types.TypeName)
		if !ok {
			continue
		}
		for _, k := range lib.Clients {
			if m.libType(tn.Type(), k.Type) {
				return "", false // the library's own client type, public or not
			}
		}
	}
	if iface == nil {
		// No client interface in sight: no client type of the package's
		// own either; the store the package builds may still say.
		return m.confidentialStore(lib)
	}
	scope := m.pass.Pkg.Scope()
	var named []string
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if !types.Implements(tn.Type(), iface) && !types.Implements(types.NewPointer(tn.Type()), iface) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, tn.Pkg(), pm.Method)
		fn, ok := obj.(*types.Func)
		if !ok || !m.returnsFalse(fn) {
			return "", false
		}
		named = append(named, tn.Name())
	}
	if len(named) == 0 {
		return m.confidentialStore(lib)
	}
	return "every client type of the package (" + named[0] + ") answers " + pm.Method + "() with false, so there are no public clients", true
}

// returnsFalse reports whether fn, declared in this package, returns the
// constant false on every path.
func (m *model) returnsFalse(fn *types.Func) bool {
	cur, ok := m.funcDecls[fn]
	if !ok {
		return false
	}
	decl := cur.Node().(*ast.FuncDecl)
	if decl.Body == nil {
		return false
	}
	n := 0
	for c := range cur.Preorder((*ast.ReturnStmt)(nil)) {
		if enclosingFunc(c) != decl {
			continue
		}
		ret := c.Node().(*ast.ReturnStmt)
		if len(ret.Results) != 1 {
			return false
		}
		tv, ok := m.info.Types[ret.Results[0]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool || constant.BoolVal(tv.Value) {
			return false
		}
		n++
	}
	return n > 0
}

// confidentialStore reports, for a package that declares and makes no
// client of lib, whether it calls one of lib's ConfidentialStores: its
// only clients are that store's, none of them public.
func (m *model) confidentialStore(lib *knowledge.Server) (string, bool) {
	for id, obj := range m.info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || m.inTestFile(id.Pos()) {
			continue
		}
		for _, f := range lib.ConfidentialStores {
			if m.libFunc(fn, f) {
				return "its only clients are " + f.Pkg + "." + f.Name + "'s, which all have secrets, so there are no public clients", true
			}
		}
	}
	return "", false
}
