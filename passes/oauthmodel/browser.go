package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/internal/value"
)

// BrowserFact is exported for a function that opens one of its parameters
// in the user's browser (a utils.OpenURL(url) that runs xdg-open, open or
// rundll32 through os/exec, or wraps github.com/pkg/browser): a call of it
// in another package opens its argument there, the same evidence of a
// native app (RFC 8252 §4) as a launcher called directly.
type BrowserFact struct {
	Param int    // 1-based index of the parameter opened (receiver not counted)
	What  string // the launcher it runs, e.g. "exec.Command(xdg-open)"
}

func (*BrowserFact) AFact() {}

func (f *BrowserFact) String() string { return fmt.Sprintf("opensBrowser(arg%d)", f.Param) }

// BrowserPkgFact marks a package that exports BrowserFacts, so that a
// package importing it, with no OAuth code of its own, still looks for
// wrappers of its wrappers.
type BrowserPkgFact struct{}

func (*BrowserPkgFact) AFact()         {}
func (*BrowserPkgFact) String() string { return "opensBrowser" }

// mayWrapBrowser reports whether a package can define a function that
// opens its argument in a browser: it imports os/exec, a browser library,
// a GUI toolkit with a launcher, or a package that exports such wrappers.
func mayWrapBrowser(pass *analysis.Pass, pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		path := trimVendor(imp.Path())
		if path == "os/exec" || browserPkgs()[path] {
			return true
		}
		if pass.ImportPackageFact(imp, new(BrowserPkgFact)) {
			return true
		}
	}
	return false
}

// browserPkgs are the packages of browserFuncs.
var browserPkgs = sync.OnceValue(func() map[string]bool {
	pkgs := make(map[string]bool)
	for name := range browserFuncs {
		name = strings.TrimPrefix(strings.TrimPrefix(name, "("), "*")
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkgs[strings.TrimSuffix(name[:i], ")")] = true
		}
	}
	// "(fyne.io/fyne/v2.App)": the type's package.
	for p := range pkgs {
		if i := strings.LastIndexByte(p, '.'); i > strings.LastIndexByte(p, '/') {
			delete(pkgs, p)
			pkgs[p[:i]] = true
		}
	}
	return pkgs
})

// importedBrowserFact returns the BrowserFact of a function of another
// package (once per function and package).
func (m *model) importedBrowserFact(fn *types.Func) *BrowserFact {
	if fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return nil
	}
	f, ok := m.browserFacts[fn]
	if !ok {
		f = new(BrowserFact)
		if !m.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		m.browserFacts[fn] = f
	}
	return f
}

// exportBrowserFacts exports a BrowserFact for each exported function
// (or method) of this package that sends one of its string parameters to
// a browser launcher, following it as an authorization URL is followed.
func (m *model) exportBrowserFacts() {
	exported := false
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || m.inTestFile(cur.Node().Pos()) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		decl := cur.Node().(*ast.FuncDecl)
		body := cur.Child(decl.Body)
		for i := 0; i < sig.Params().Len(); i++ {
			p := sig.Params().At(i)
			if !isStringType(p.Type()) && !isURLType(p.Type()) {
				continue
			}
			var sinks []Sink
			seen := make(map[ast.Node]bool)
			for c := range body.Preorder((*ast.Ident)(nil)) {
				if m.info.Uses[c.Node().(*ast.Ident)] == p {
					m.flowFrom(c, 1, &sinks, seen)
				}
			}
			if s := firstSink(sinks, SinkBrowser); s != nil {
				m.pass.ExportObjectFact(fn, &BrowserFact{Param: i + 1, What: s.What})
				exported = true
				break
			}
		}
	}
	if m.exportInterfaceBrowserFacts() {
		exported = true
	}
	if exported {
		m.pass.ExportPackageFact(&BrowserPkgFact{})
	}
}

// exportInterfaceBrowserFacts exports a BrowserFact for a method of an
// exported interface of this package when every type of the package that
// implements the interface (test files aside), and there is one at least,
// opens the same parameter of that method in a browser:
//
//	type Opener interface{ Open(url string) error }
//	type Browser struct{}
//	func (*Browser) Open(url string) error { return browser.OpenURL(url) }
//
// A program injects the Browser and calls opener.Open(u) elsewhere; what
// runs there is this package's launcher. A type of the package whose
// method does something else (a no-op opener, one that only prints)
// leaves the interface's method without a fact.
func (m *model) exportInterfaceBrowserFacts() bool {
	scope := m.pass.Pkg.Scope()
	var ifaces []*types.TypeName
	var concrete []types.Type
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || m.inTestFile(tn.Pos()) {
			continue
		}
		if _, ok := tn.Type().Underlying().(*types.Interface); ok {
			if tn.Exported() {
				ifaces = append(ifaces, tn)
			}
			continue
		}
		if _, ok := tn.Type().(*types.Named); ok {
			concrete = append(concrete, tn.Type())
		}
	}
	exported := false
	for _, tn := range ifaces {
		iface := tn.Type().Underlying().(*types.Interface)
		if iface.NumMethods() == 0 {
			continue
		}
		var impls []types.Type
		for _, t := range concrete {
			if types.Implements(t, iface) {
				impls = append(impls, t)
			} else if p := types.NewPointer(t); types.Implements(p, iface) {
				impls = append(impls, p)
			}
		}
		if len(impls) == 0 {
			continue
		}
		for i := 0; i < iface.NumMethods(); i++ {
			im := iface.Method(i)
			if im.Pkg() != m.pass.Pkg {
				continue // embedded from another package
			}
			var fact *BrowserFact
			for _, t := range impls {
				obj, _, _ := types.LookupFieldOrMethod(t, true, m.pass.Pkg, im.Name())
				fn, ok := obj.(*types.Func)
				f := new(BrowserFact)
				if !ok || fn.Pkg() != m.pass.Pkg || !m.pass.ImportObjectFact(fn, f) || fact != nil && f.Param != fact.Param {
					fact = nil
					break
				}
				fact = f
			}
			if fact != nil {
				m.pass.ExportObjectFact(im, &BrowserFact{Param: fact.Param, What: fact.What})
				exported = true
			}
		}
	}
	return exported
}

func firstSink(sinks []Sink, kind SinkKind) *Sink {
	for i := range sinks {
		if sinks[i].Kind == kind {
			return &sinks[i]
		}
	}
	return nil
}

// execSignals decides which exec.Command calls collect saw run a browser
// launcher, once every assignment of their command variables is known.
func (m *model) execSignals() {
	for _, call := range m.funcVarCalls {
		if m.result.Signals.OpensBrowser != nil {
			break
		}
		if fn := m.funcVarTarget(call); fn != nil && (browserFuncs[m.funcName(fn)] || m.importedBrowserFact(fn) != nil) {
			m.result.Signals.OpensBrowser = call
		}
	}
	for _, e := range m.execCmds {
		if m.result.Signals.OpensBrowser != nil {
			return
		}
		if cmd := m.launcherCommand(e.cmd); cmd != "" && cmd != "cmd" && cmd != "cmd.exe" {
			m.result.Signals.OpensBrowser = e.call
		}
	}
}

type execCmd struct {
	call *ast.CallExpr
	cmd  ast.Expr
}

// launcherCommand returns the browser launcher that the command
// expression of exec.Command(cmd, …) names: a constant, or a variable
// set to launchers on the paths of a runtime.GOOS switch (a variable
// declared without a value is "" until set). "cmd" (cmd /c start) counts
// only beside another launcher: it runs anything.
func (m *model) launcherCommand(e ast.Expr) string {
	base := func(s string) string {
		if i := strings.LastIndexAny(s, `/\`); i >= 0 {
			s = s[i+1:]
		}
		return s
	}
	if s := base(m.str(e, nil)); value.Known(s) {
		if browserLaunchers[strings.ToLower(s)] {
			return s
		}
		return ""
	}
	v := m.localVar(e)
	if v == nil || m.addrTaken[v] || len(m.defs[v]) > 8 {
		return ""
	}
	found := ""
	for _, d := range m.defs[v] {
		if d.rhs == nil && d.op == token.VAR {
			continue
		}
		if d.rhs == nil || d.tuple >= 0 {
			return ""
		}
		s := base(m.str(d.rhs, nil))
		if !value.Known(s) {
			return ""
		}
		switch c := strings.ToLower(s); {
		case !browserLaunchers[c]:
			return "" // also runs something else
		case c != "cmd" && c != "cmd.exe" && found == "":
			found = s
		}
	}
	return found
}

// implementation returns the one method of this package that a call of
// the interface method fn (declared here) reaches, when it returns an
// authorization URL: every type of this package implementing the
// interface has that method (its own or promoted from an embedded type)
// and all of them have the same declaration. Another package's
// implementations cannot be seen; a call with several implementations
// here is left unknown.
func (m *model) implementation(fn *types.Func) *types.Func {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	iface, ok := sig.Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var found *types.Func
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if _, isIface := tn.Type().Underlying().(*types.Interface); isIface {
			continue
		}
		t := tn.Type()
		if n, ok := t.(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		if !types.Implements(t, iface) {
			t = types.NewPointer(t)
			if !types.Implements(t, iface) {
				continue
			}
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, m.pass.Pkg, fn.Name())
		impl, ok := obj.(*types.Func)
		if !ok || (found != nil && found != impl) {
			return nil
		}
		found = impl
	}
	if found == nil || m.facts[found] == nil {
		return nil
	}
	return found
}

// MayWrapBrowser reports, from a package's import paths alone, whether it
// can define a function that opens a URL in the browser: it imports os/exec
// (every launcher, xdg-open, open or rundll32, runs through it) or a
// browser library or GUI toolkit with a launcher. Drivers that choose which
// dependencies to analyse for their BrowserFacts use it.
func MayWrapBrowser(imports func(yield func(string) bool)) bool {
	for path := range imports {
		path = trimVendor(path)
		if path == "os/exec" || browserPkgs()[path] {
			return true
		}
	}
	return false
}

// funcVarTarget is the function a call through a package-level function
// variable runs: the one function every assignment outside test files
// gives the variable (var openBrowser = browser.OpenURL, a seam that
// tests replace).
func (m *model) funcVarTarget(call *ast.CallExpr) *types.Func {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != m.pass.Pkg || v.Parent() != m.pass.Pkg.Scope() || m.addrTaken[v] {
		return nil
	}
	var target *types.Func
	for _, d := range m.defs[v] {
		if m.inTestFile(d.cur.Node().Pos()) {
			continue
		}
		if d.rhs == nil || d.tuple >= 0 {
			return nil
		}
		fid := nameIdent(d.rhs)
		fn, _ := m.info.Uses[fid].(*types.Func)
		if fid == nil || fn == nil || target != nil && target != fn {
			return nil
		}
		target = fn
	}
	return target
}

// nameIdent is the identifier an expression names: x itself, or the Sel
// of pkg.F and recv.M; nil for anything else.
func nameIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}
