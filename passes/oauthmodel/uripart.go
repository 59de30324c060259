package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// URIPartFact is exported for a function whose results are derived from
// its parameters as a URI is: the parameter parsed, trimmed or
// lower-cased, its host, its origin, a URL built of its parts
// (parsers.Origin(raw string) string). Handed a requested redirect URI,
// such a function returns (a part of) it, and a loose comparison of the
// result is one of the URI: resultParams reads the fact where the
// function is of another package.
type URIPartFact struct {
	From [][]int // for each result, the parameters it is derived from
}

func (*URIPartFact) AFact() {}

func (f *URIPartFact) String() string { return fmt.Sprintf("uriPart(%v)", f.From) }

// URIPartPkgFact marks a package that exports a URIPartFact: a package
// importing it may hold a URI validator without importing net/url
// (mayExportLoose).
type URIPartPkgFact struct{}

func (*URIPartPkgFact) AFact() {}

func (*URIPartPkgFact) String() string { return "uriParts" }

// exportURIPartFacts exports a URIPartFact for each exported function of
// the package that takes a URI and returns one of its parameters as a
// URI, or a part of it.
func (m *model) exportURIPartFacts() {
	exported := false
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || !takesURI(fn) || !returnsURI(fn) || !handlesURL(m.info, fn, cur.Node().(*ast.FuncDecl)) {
			continue
		}
		sig := fn.Signature()
		from := make([][]int, sig.Results().Len())
		found := false
		for k := range from {
			if t := sig.Results().At(k).Type(); isStringType(t) || isURLType(t) {
				from[k] = m.resultParams(fn, k, 0)
				found = found || len(from[k]) > 0
			}
		}
		if found {
			m.pass.ExportObjectFact(fn, &URIPartFact{From: from})
			exported = true
		}
	}
	if exported {
		m.pass.ExportPackageFact(new(URIPartPkgFact))
	}
}

// importedURIPart is the parameters result k of fn, a function of another
// package, is derived from (its URIPartFact).
func (m *model) importedURIPart(fn *types.Func, k int) []int {
	f, ok := m.uriParts[fn]
	if !ok {
		f = new(URIPartFact)
		if !m.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		if m.uriParts == nil {
			m.uriParts = make(map[*types.Func]*URIPartFact)
		}
		m.uriParts[fn] = f
	}
	if f == nil || k >= len(f.From) {
		return nil
	}
	return f.From[k]
}

// returnsURI reports whether fn has a result that may hold a URI or a
// part of one: a string or a URL.
func returnsURI(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if t := sig.Results().At(i).Type(); isStringType(t) || isURLType(t) {
			return true
		}
	}
	return false
}

// mayExportURIParts reports, for a package without OAuth code, whether it
// may hold a function whose URIPartFact its importers need: an exported
// function that takes a string or a URL, returns one, and parses a URL in
// its body or takes one.
func mayExportURIParts(pass *analysis.Pass) bool {
	imports := false
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "net/url" {
			imports = true
			break
		}
	}
	if !imports {
		return false
	}
	return anyExportedFunc(pass, func(fn *types.Func, fd *ast.FuncDecl) bool {
		return takesURI(fn) && returnsURI(fn) && handlesURL(pass.TypesInfo, fn, fd)
	})
}

// anyExportedFunc reports whether some exported function or method with a
// body that the package declares satisfies ok.
func anyExportedFunc(pass *analysis.Pass, ok func(*types.Func, *ast.FuncDecl) bool) bool {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, isFunc := d.(*ast.FuncDecl)
			if !isFunc || !fd.Name.IsExported() || fd.Body == nil {
				continue
			}
			if fn, isFn := pass.TypesInfo.Defs[fd.Name].(*types.Func); isFn && ok(fn, fd) {
				return true
			}
		}
	}
	return false
}

// soleImplementation is the method name of the one type of the package
// that implements iface, nil when not exactly one does.
func (m *model) soleImplementation(iface *types.Interface, name string) *types.Func {
	impls := m.implementations(iface, name)
	if len(impls) != 1 {
		return nil
	}
	return impls[0]
}

// implementations are the methods name of the types of the package that
// implement iface (nil where a type's is not a method).
func (m *model) implementations(iface *types.Interface, name string) []*types.Func {
	scope := m.pass.Pkg.Scope()
	var out []*types.Func
	for _, tname := range scope.Names() {
		tn, ok := scope.Lookup(tname).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		t := tn.Type()
		if !types.Implements(t, iface) {
			if t = types.NewPointer(t); !types.Implements(t, iface) {
				continue
			}
		}
		obj, _, _ := types.LookupFieldOrMethod(t, false, m.pass.Pkg, name)
		fn, _ := obj.(*types.Func)
		out = append(out, fn)
	}
	return out
}

// ownInterfaceMethods calls f with each method that an exported interface
// of the package declares itself (an embedded interface's methods of
// another package are not the package's to mark).
func (m *model) ownInterfaceMethods(f func(iface *types.Interface, im *types.Func)) {
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := range iface.NumMethods() {
			if im := iface.Method(i); im.Pkg() == m.pass.Pkg {
				f(iface, im)
			}
		}
	}
}

// handlesURL reports whether fn, declared by fd, takes a URL or parses
// one in its body: a function that returns a URI's part has one in hand
// (a URL built by appending a query to a base is no part of the base
// worth a fact).
func handlesURL(info *types.Info, fn *types.Func, fd *ast.FuncDecl) bool {
	if fd.Body == nil {
		return false
	}
	sig := fn.Signature()
	for i := 0; i < sig.Params().Len(); i++ {
		if isURLType(sig.Params().At(i).Type()) {
			return true
		}
	}
	parses := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !parses {
			parses = urlParse(typeutil.Callee(info, call))
		}
		return !parses
	})
	return parses
}

// isConstant reports whether e is a constant expression ("localhost").
func (m *model) isConstant(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && tv.Value != nil
}

// readsClientParams reports whether fn, or a function of this package it
// calls (two calls deep), reads an authorization request's client_id or
// response_type from the request: a read with the parameter's name
// (r.FormValue("client_id"), c.Query("response_type"), a closure's
// param("client_id")), a field tagged with it, or a server library
// request's getter. An authorization endpoint reads them (RFC 6749
// §4.1.1); a login front that takes the URL to return to under the name
// redirect_uri, and sends no code there, does not.
func (m *model) readsClientParams(fn ast.Node, depth int) bool {
	if fn == nil || depth > 2 {
		return false
	}
	if r, ok := m.clientReads[fn]; ok {
		return r
	}
	if m.clientReads == nil {
		m.clientReads = make(map[ast.Node]bool)
	}
	m.clientReads[fn] = false // a recursive call reads nothing more
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.CallExpr:
			if len(x.Args) == 1 && m.isString(x) {
				if s, ok := m.constStr(x.Args[0]); ok && (s == "client_id" || s == "response_type") {
					found = true
					return false
				}
			}
			f, _ := typeutil.Callee(m.info, x).(*types.Func)
			if f == nil {
				return true
			}
			if f.Pkg() != nil && f.Pkg() != m.pass.Pkg && m.lib(f.Pkg()).lib != nil && f.Signature().Recv() != nil {
				found = true // a server library's request (ar.GetClient())
				return false
			}
			if cur, ok := m.funcDecls[f.Origin()]; ok && m.readsClientParams(cur.Node(), depth+1) {
				found = true
				return false
			}
		case *ast.SelectorExpr:
			if sel, ok := m.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
				if t := tagName(fieldTag(sel)); t == "client_id" || t == "response_type" {
					found = true
					return false
				}
			}
		}
		return true
	})
	m.clientReads[fn] = found
	return found
}
