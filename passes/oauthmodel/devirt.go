package oauthmodel

import (
	"go/types"
	"strings"
)

// A program often calls an SDK through an interface of its own, for its
// tests' sake:
//
//	type keycloak interface { LoginAdmin(ctx, user, pass, realm string) (*gocloak.JWT, error) }
//	func New(c *gocloak.GoCloak) *Setup { return &Setup{client: c} }
//	… s.client.LoginAdmin(ctx, u, p, "master")
//
// When the interface is declared in this package, exactly one type of
// an SDK table's packages that the package names or imports implements it, and no
// type of the package's own (test files aside) does, a call of the
// interface's method is a call of that type's method: what the SDK
// table says of it holds.

// devirtualize returns the SDK method a call of the interface method fn
// runs, or nil.
func (m *model) devirtualize(fn *types.Func) *types.Func {
	if d, ok := m.devirtMemo[fn]; ok {
		return d
	}
	d := m.soleSDKImpl(fn)
	if m.devirtMemo == nil {
		m.devirtMemo = make(map[*types.Func]*types.Func)
	}
	m.devirtMemo[fn] = d
	return d
}

func (m *model) soleSDKImpl(fn *types.Func) *types.Func {
	sig := fn.Signature()
	if sig.Recv() == nil || fn.Pkg() != m.pass.Pkg {
		return nil
	}
	named := namedOf(sig.Recv().Type())
	if named == nil || named.Obj().Pkg() != m.pass.Pkg {
		return nil
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	implements := func(t types.Type) bool {
		return types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface)
	}
	// The package's own types: a wrapper of its own is what runs.
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) || m.inTestFile(tn.Pos()) {
			continue
		}
		if implements(tn.Type()) {
			return nil
		}
	}
	var sole *types.TypeName
	ambiguous := false
	consider := func(obj types.Object) {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn == sole || tn.Pkg() == nil || !isSDKPackage(tn.Pkg().Path()) || types.IsInterface(tn.Type()) {
			return
		}
		if !implements(tn.Type()) {
			return
		}
		if sole != nil {
			ambiguous = true // two candidates: which one runs is not known here
		}
		sole = tn
	}
	for _, obj := range m.info.Uses {
		consider(obj)
	}
	// The types of the SDK packages it imports, named or not (an
	// interface written against *authentication.OAuth's methods, which
	// main hands in).
	for _, imp := range m.pass.Pkg.Imports() {
		if !isSDKPackage(imp.Path()) {
			continue
		}
		scope := imp.Scope()
		for _, name := range scope.Names() {
			if obj := scope.Lookup(name); obj.Exported() {
				consider(obj)
			}
		}
	}
	if ambiguous {
		return nil
	}
	if sole == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(sole.Type()), false, sole.Pkg(), fn.Name())
	impl, ok := obj.(*types.Func)
	if !ok || strings.HasPrefix(impl.Name(), "_") {
		return nil
	}
	return impl
}
