package oauthmodel

import (
	"go/ast"
	"go/types"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// receivedType reports whether n is a type in which a server library
// hands the program a request its server received (knowledge
// Server.Received: zitadel/oidc's *oidc.AuthRequest).
func receivedType(n *types.Named) bool {
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	path := trimVendor(n.Obj().Pkg().Path())
	for _, lib := range knowledge.Servers {
		for _, r := range lib.Received {
			if r.Path == path && r.Name == n.Obj().Name() {
				return true
			}
		}
	}
	return false
}

// storageMethod reports whether fn is a method with the name and the
// signature of a method of a server library's storage interface
// (knowledge Server.Storage: zitadel/oidc's
// op.AuthStorage.CreateAuthRequest): the server's side, which keeps the
// requests the server received. The method alone decides, not the whole
// interface: a storage may be split over several types that a type of
// another package embeds. The interfaces are looked up among the
// package's direct imports, which such a method imports for its
// parameter and result types.
func (m *model) storageMethod(fn ast.Node) bool {
	fd, ok := fn.(*ast.FuncDecl)
	if !ok || fd.Recv == nil {
		return false
	}
	f, ok := m.info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	sig := f.Type().(*types.Signature)
	for _, iface := range m.storageIfaces() {
		for i := 0; i < iface.NumMethods(); i++ {
			im := iface.Method(i)
			if im.Name() != f.Name() {
				continue
			}
			isig := im.Type().(*types.Signature)
			if types.Identical(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic()),
				types.NewSignatureType(nil, nil, nil, isig.Params(), isig.Results(), isig.Variadic())) {
				return true
			}
		}
	}
	return false
}

// storageIfaces are the server libraries' storage interfaces that the
// package's direct imports declare (computed once).
func (m *model) storageIfaces() []*types.Interface {
	if m.storage != nil {
		return *m.storage
	}
	var out []*types.Interface
	if m.pass.Pkg != nil {
		for _, imp := range m.pass.Pkg.Imports() {
			r := m.lib(imp)
			if r.lib == nil {
				continue
			}
			for _, t := range r.lib.Storage {
				if t.Pkg != r.rel {
					continue
				}
				tn, ok := imp.Scope().Lookup(t.Name).(*types.TypeName)
				if !ok {
					continue
				}
				if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
					out = append(out, iface)
				}
			}
		}
	}
	m.storage = &out
	return out
}
