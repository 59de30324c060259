package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// writeModule writes a module of the given files (path → content) in a
// temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

// marked is the fact the test analyzers export for functions whose name
// starts with "Marked", and for functions that call one.
type marked struct{ Via string }

func (*marked) AFact() {}

// testAnalyzers returns a fact analyzer (marks), one that requires it and
// reports calls to marked functions (calls), and one without
// RunDespiteErrors (strict).
func testAnalyzers() (marks, calls, strict *analysis.Analyzer) {
	funcs := &analysis.Analyzer{
		Name:       "funcs",
		Doc:        "lists the package's function declarations",
		ResultType: reflect.TypeFor[[]*ast.FuncDecl](),
		Run: func(pass *analysis.Pass) (any, error) {
			var out []*ast.FuncDecl
			for _, f := range pass.Files {
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok {
						out = append(out, fd)
					}
				}
			}
			return out, nil
		},
		RunDespiteErrors: true,
	}
	marks = &analysis.Analyzer{
		Name:      "marks",
		Doc:       "exports a fact for marked functions and their callers",
		Requires:  []*analysis.Analyzer{funcs},
		FactTypes: []analysis.Fact{new(marked)},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, fd := range pass.ResultOf[funcs].([]*ast.FuncDecl) {
				fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				if strings.HasPrefix(fn.Name(), "Marked") {
					pass.ExportObjectFact(fn, &marked{Via: fn.Name()})
					continue
				}
				ast.Inspect(fd, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					var f marked
					if callee, ok := calleeFunc(pass, call); ok && pass.ImportObjectFact(callee, &f) {
						pass.ExportObjectFact(fn, &marked{Via: callee.Name() + "<-" + f.Via})
					}
					return true
				})
			}
			pass.ExportPackageFact(&marked{Via: pass.Pkg.Path()})
			return nil, nil
		},
		RunDespiteErrors: true,
	}
	calls = &analysis.Analyzer{
		Name:     "calls",
		Doc:      "reports calls to marked functions",
		Requires: []*analysis.Analyzer{marks},
		URL:      "https://example.com/calls",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						var m marked
						if callee, ok := calleeFunc(pass, call); ok && pass.ImportObjectFact(callee, &m) {
							pass.Report(analysis.Diagnostic{Pos: call.Pos(), Category: "marked", Message: "call of marked " + callee.Name() + " (" + m.Via + ")"})
						}
					}
					return true
				})
			}
			return nil, nil
		},
		RunDespiteErrors: true,
	}
	strict = &analysis.Analyzer{
		Name: "strict",
		Doc:  "reports every package, unless it has errors",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Reportf(pass.Files[0].Package, "package %s", pass.Pkg.Name())
			return nil, nil
		},
	}
	return marks, calls, strict
}

func calleeFunc(pass *analysis.Pass, call *ast.CallExpr) (*types.Func, bool) {
	var id *ast.Ident
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	}
	if id == nil {
		return nil, false
	}
	fn, ok := pass.TypesInfo.Uses[id].(*types.Func)
	return fn, ok
}

var execModule = map[string]string{
	// a → b → c: facts flow from c's marked function through b's helper
	// to a's call; d does not type-check.
	"c/c.go": "package c\n\nfunc MarkedSource() {}\n\nfunc Plain() {}\n",
	"b/b.go": "package b\n\nimport \"example.com/m/c\"\n\nfunc Helper() { c.MarkedSource() }\n",
	"a/a.go": "package a\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/c\"\n)\n\nfunc Use() {\n\tb.Helper()\n\tc.Plain()\n}\n",
	"d/d.go": "package d\n\nvar x int = \"not an int\"\n",
}

func loadView(t *testing.T, dir string, patterns ...string) []*packages.Package {
	t.Helper()
	pkgs, err := load(dir, patterns, false)
	require.NoError(t, err)
	return rootView(pkgs)
}

func diagnostics(e *execution) []string {
	var out []string
	for _, act := range e.Roots() {
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s %s:%d %s %s", act.Analyzer.Name, filepath.Base(posn.Filename), posn.Line, d.Message, d.URL))
		}
	}
	slices.Sort(out)
	return out
}

func TestExecuteFacts(t *testing.T) {
	dir := writeModule(t, execModule)
	_, calls, strict := testAnalyzers()
	view := loadView(t, dir, "./...")
	require.Len(t, view, 4)

	e, err := execute([]*analysis.Analyzer{calls, strict}, view, nil, false)
	require.NoError(t, err)
	require.Equal(t, []string{
		"calls a.go:9 call of marked Helper (MarkedSource<-MarkedSource) https://example.com/calls#marked",
		"calls b.go:5 call of marked MarkedSource (MarkedSource) https://example.com/calls#marked",
		"strict a.go:1 package a ",
		"strict b.go:1 package b ",
		"strict c.go:1 package c ",
	}, diagnostics(e))

	// Every analyzer ran on every package; only the two asked for are
	// roots; strict was skipped on the ill-typed package.
	var roots, errs []string
	for _, act := range e.actions {
		if act.IsRoot {
			roots = append(roots, act.String())
		}
		if act.Err != nil {
			errs = append(errs, act.String()+": "+act.Err.Error())
		}
	}
	require.Len(t, e.actions, 4*4, "funcs, marks, calls, strict on a, b, c, d")
	require.Len(t, roots, 2*4)
	require.Equal(t, []string{"strict@example.com/m/d: analysis skipped due to errors in package"}, errs)

	// The same run again reports the same, whatever the scheduling.
	again, err := execute([]*analysis.Analyzer{calls, strict}, loadView(t, dir, "./..."), nil, false)
	require.NoError(t, err)
	require.Equal(t, diagnostics(e), diagnostics(again))
}

func TestExecuteReportSubset(t *testing.T) {
	// Only a is reported on; b and c are analysed for their facts alone
	// (the fact analyzer and what it requires), as the helpers of a
	// command are.
	dir := writeModule(t, execModule)
	_, calls, strict := testAnalyzers()
	view := loadView(t, dir, "./a", "./b", "./c")
	e, err := execute([]*analysis.Analyzer{calls, strict}, view, map[string]bool{"example.com/m/a": true}, false)
	require.NoError(t, err)
	require.Equal(t, []string{
		"calls a.go:9 call of marked Helper (MarkedSource<-MarkedSource) https://example.com/calls#marked",
		"strict a.go:1 package a ",
	}, diagnostics(e))
	var ran []string
	for _, act := range e.actions {
		ran = append(ran, act.String())
	}
	slices.Sort(ran)
	require.Equal(t, []string{
		"calls@example.com/m/a", "funcs@example.com/m/a", "funcs@example.com/m/b", "funcs@example.com/m/c",
		"marks@example.com/m/a", "marks@example.com/m/b", "marks@example.com/m/c", "strict@example.com/m/a",
	}, ran)
}

func TestExecuteErrors(t *testing.T) {
	dir := writeModule(t, execModule)
	marks, calls, _ := testAnalyzers()
	run := marks.Run
	marks.Run = func(pass *analysis.Pass) (any, error) {
		switch pass.Pkg.Name() {
		case "c":
			return nil, errors.New("cannot mark c")
		case "d":
			panic("boom\nwith a second line")
		}
		return run(pass)
	}
	wrongType := &analysis.Analyzer{
		Name:       "wrongtype",
		Doc:        "returns a result of the wrong type",
		ResultType: reflect.TypeFor[int](),
		Run:        func(*analysis.Pass) (any, error) { return "a string", nil },
	}
	e, err := execute([]*analysis.Analyzer{calls, wrongType}, loadView(t, dir, "./c", "./b", "./d"), nil, false)
	require.NoError(t, err)
	got := make(map[string]string)
	for _, act := range e.actions {
		if act.Err != nil {
			got[act.String()] = act.Err.Error()
		}
	}
	require.Equal(t, map[string]string{
		"marks@example.com/m/c": "cannot mark c",
		"calls@example.com/m/c": "failed prerequisites: marks@example.com/m/c",
		// b imports c: the fact analyzer fails on b too, and so does
		// what requires it.
		"marks@example.com/m/b":     "failed prerequisites: marks@example.com/m/c",
		"calls@example.com/m/b":     "failed prerequisites: marks@example.com/m/b",
		"marks@example.com/m/d":     "internal error: marks panicked on package example.com/m/d: boom with a second line",
		"calls@example.com/m/d":     "failed prerequisites: marks@example.com/m/d",
		"wrongtype@example.com/m/b": "internal error: on package example.com/m/b, analyzer wrongtype returned a result of type string, but declared ResultType int",
		"wrongtype@example.com/m/c": "internal error: on package example.com/m/c, analyzer wrongtype returned a result of type string, but declared ResultType int",
		"wrongtype@example.com/m/d": "analysis skipped due to errors in package",
	}, got)

	// An invalid analyzer is an error of the whole run.
	_, err = execute([]*analysis.Analyzer{{Name: "bad name", Doc: "x", Run: wrongType.Run}}, nil, nil, false)
	require.Error(t, err)
}

func TestExecuteFactRules(t *testing.T) {
	dir := writeModule(t, execModule)
	var exportOther, exportLate error
	var late func()
	var seenPackageFacts []string
	a := &analysis.Analyzer{
		Name:      "rules",
		Doc:       "breaks the rules of facts",
		FactTypes: []analysis.Fact{new(marked)},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, pf := range pass.AllPackageFacts() {
				seenPackageFacts = append(seenPackageFacts, pass.Pkg.Name()+"<-"+pf.Package.Name())
			}
			if pass.Pkg.Name() == "a" {
				// A fact about another package's object is a bug of the
				// analyzer: it panics, and the action fails.
				exportOther = catch(func() {
					for _, imp := range pass.Pkg.Imports() {
						pass.ExportObjectFact(imp.Scope().Lookup(imp.Scope().Names()[0]), &marked{})
					}
				})
			}
			export := pass.ExportPackageFact
			if pass.Pkg.Name() == "c" {
				late = func() { export(&marked{}) }
			}
			pass.ExportPackageFact(&marked{Via: pass.Pkg.Name()})
			return nil, nil
		},
		RunDespiteErrors: true,
	}
	e, err := execute([]*analysis.Analyzer{a}, loadView(t, dir, "./a", "./b", "./c"), nil, false)
	require.NoError(t, err)
	require.ErrorContains(t, exportOther, "belongs to another package")
	exportLate = catch(late)
	require.ErrorContains(t, exportLate, "called after Run")
	slices.Sort(seenPackageFacts)
	// Each package sees the facts of the packages it imports, directly or
	// not, and none of the others'.
	require.Equal(t, []string{"a<-b", "a<-c", "b<-c"}, seenPackageFacts)
	for _, act := range e.actions {
		require.NoError(t, act.Err)
	}
}

func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

func TestExecuteRelease(t *testing.T) {
	dir := writeModule(t, execModule)
	_, calls, _ := testAnalyzers()
	for _, release := range []bool{false, true} {
		view := loadView(t, dir, "./...")
		e, err := execute([]*analysis.Analyzer{calls}, view, nil, release)
		require.NoError(t, err)
		require.Len(t, diagnostics(e), 2, "release=%v", release)
		for _, p := range view {
			require.Equal(t, release, p.Syntax == nil, "%s: release=%v", p.ID, release)
			require.Equal(t, release, p.TypesInfo == nil, "%s: release=%v", p.ID, release)
			require.NotNil(t, p.Types, "importers keep needing the types")
		}
		for _, act := range e.actions {
			require.Nil(t, act.result, "results are dropped once the package is done")
			require.Nil(t, act.pass)
		}
	}
}

func TestBreakCycles(t *testing.T) {
	// a → b → c → a, and c → d: the edge closing the cycle goes, the
	// others stay, and every unit can be scheduled.
	a, b, c, d := &unit{}, &unit{}, &unit{}, &unit{}
	a.imports = []*unit{b}
	b.imports = []*unit{c}
	c.imports = []*unit{a, d}
	breakCycles([]*unit{a, b, c, d})
	require.Equal(t, []*unit{b}, a.imports)
	require.Equal(t, []*unit{c}, b.imports)
	require.Equal(t, []*unit{d}, c.imports)
	require.Empty(t, d.imports)
}

func TestResolveURL(t *testing.T) {
	a := &analysis.Analyzer{URL: "https://example.com/rules/pkce"}
	require.Equal(t, "https://example.com/rules/pkce", resolveURL(a, analysis.Diagnostic{}))
	require.Equal(t, "https://example.com/rules/pkce#plain", resolveURL(a, analysis.Diagnostic{Category: "plain"}))
	require.Equal(t, "https://example.com/rules/other", resolveURL(a, analysis.Diagnostic{URL: "other"}))
	require.Equal(t, "", resolveURL(&analysis.Analyzer{}, analysis.Diagnostic{}))
}
