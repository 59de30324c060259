package driver

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadMode is what the standalone driver loads: the package graph, the
// files, and the export data of every package (go list -export -deps), but
// no syntax and no types: the executor parses and type-checks the named
// packages itself, in dependency order, and lets each one's syntax go once
// it is analysed (see check.go). Asked for syntax and types, go/packages
// would hold every named package's syntax and types.Info, its test
// packages' included, at once. Not packages.LoadAllSyntax either: the
// x/tools checker asks for that whenever an analyzer has facts
// (oauthmodel has), and then parses and type-checks every dependency, the
// standard library included, from source, and runs the analyzers on all
// of them: about three times the time and five times the memory on a real
// module.
const loadMode = packages.NeedName |
	packages.NeedFiles |
	packages.NeedCompiledGoFiles |
	packages.NeedImports |
	packages.NeedDeps |
	packages.NeedTypesSizes |
	packages.NeedModule |
	packages.NeedExportFile

// parseFile parses as go/packages does by default, but without the
// parser's identifier resolution (ast.Object, ast.Scope): go/types does not
// use it and neither do the analyzers, which resolve names through
// types.Info. Resolution is about a tenth of parsing and type-checking
// time and allocates an object per declaration and a scope per block.
func parseFile(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
}

// load loads the packages that patterns match, in dir ("" for the current
// directory). err is a failure of the go command as a whole; errors in
// packages are in the packages.
func load(dir string, patterns []string, tests bool) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Tests: tests, ParseFile: parseFile}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	prepare(pkgs)
	if len(pkgs) == 0 {
		what := "pattern"
		if len(patterns) > 1 {
			what = "patterns"
		}
		return nil, fmt.Errorf("%s %s matched no packages", what, strings.Join(patterns, " "))
	}
	return pkgs, nil
}

// rootView returns the packages to analyse, as shallow copies whose
// Imports are pruned to other analysed packages: for each package, the
// root packages it reaches through its imports without passing through
// another root package (through non-root packages, as A → B → C with A
// and C named on the command line and B not).
//
// The executor (see execute) runs an analyzer with facts on every package
// in Imports, transitively, before the importing package, as the x/tools
// checker does. On this view it runs oauthmodel only on the analysed
// packages, in dependency order, and the
// facts of a helper package flow to the packages that import it when both
// are analysed, as under the full graph. Of the other dependencies, those
// that can hold OAuth flows (deps, see selectDependencies) are analysed for
// their facts too; go vet -vettool analyses every dependency.
//
// Packages that could not be type-checked at all (no Go files, or a
// go list error before parsing) are left out; their errors are reported
// from the load.
//
// The dependencies in deps (see selectDependencies), which have no syntax
// yet, are in the view too: the executor type-checks them when it reaches
// them.
func rootView(pkgs []*packages.Package, deps ...*packages.Package) []*packages.Package {
	view := make(map[*packages.Package]*packages.Package, len(pkgs)+len(deps))
	var order []*packages.Package
	add := func(p *packages.Package) {
		c := *p // shallow copy; the original keeps its full Imports
		view[p] = &c
		viewOrigin.Store(&c, p)
		order = append(order, p)
	}
	for _, p := range pkgs {
		if _, dup := view[p]; dup || !analysable(p) {
			continue
		}
		add(p)
	}
	for _, p := range deps {
		if _, dup := view[p]; !dup {
			add(p)
		}
	}
	// through[q], for a package q outside the view: the view packages q
	// reaches without passing through another view package. Computed
	// once per package (the standard library's reach none), not once per
	// analysed package that imports it.
	through := make(map[*packages.Package][]*packages.Package)
	var reach func(q *packages.Package) []*packages.Package
	reach = func(q *packages.Package) []*packages.Package {
		if r, ok := through[q]; ok {
			return r
		}
		through[q] = nil // an import cycle reaches nothing more
		var r []*packages.Package
		for _, imp := range q.Imports {
			if _, ok := view[imp]; ok {
				r = append(r, imp)
			} else {
				r = append(r, reach(imp)...)
			}
		}
		slices.SortFunc(r, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
		r = slices.Compact(r)
		through[q] = r
		return r
	}
	for _, p := range order {
		imports := make(map[string]*packages.Package)
		for _, imp := range p.Imports {
			if v, ok := view[imp]; ok {
				if imp != p {
					imports[imp.ID] = v
				}
				continue
			}
			for _, r := range reach(imp) {
				if r != p {
					imports[r.ID] = view[r]
				}
			}
		}
		view[p].Imports = imports
	}
	out := make([]*packages.Package, 0, len(order))
	for _, p := range order {
		out = append(out, view[p])
	}
	return out
}

// moduleHelpers returns the packages of the main module that the named
// production packages import, directly or not, without being named
// themselves: a command's internal/auth helper. Their facts matter to the
// commands, so the driver type-checks them from source too (and reports
// nothing in them). With ./... there are none, and nothing is loaded
// twice. What only tests import (a helper package under a testdata
// directory, which ./... does not match) serves _test.go files, where
// nothing is reported and which are not analysed (see
// productionPackages): it is no reason to load everything again.
func moduleHelpers(pkgs []*packages.Package) []string {
	named := make(map[string]bool)
	var production []*packages.Package
	for _, p := range pkgs {
		named[p.PkgPath] = true
		if !isTestVariant(p) {
			production = append(production, p)
		}
	}
	var out []string
	seen := make(map[string]bool)
	packages.Visit(production, nil, func(p *packages.Package) {
		if p.Module == nil || !p.Module.Main || named[p.PkgPath] || seen[p.PkgPath] || p.PkgPath == "" {
			return
		}
		if strings.HasSuffix(p.PkgPath, ".test") || strings.Contains(p.ID, " [") {
			return
		}
		seen[p.PkgPath] = true
		out = append(out, p.PkgPath)
	})
	slices.Sort(out)
	return out
}

// analysable reports whether p can be given to the analyzers: it has
// files to type-check (see checkSource), or was type-checked already.
func analysable(p *packages.Package) bool {
	return p.Types != nil && p.Fset != nil && p.Name != "" && (len(p.CompiledGoFiles) > 0 || len(p.Syntax) > 0 && p.TypesInfo != nil)
}

// maxErrors is how many errors loadErrors shows per package, as the go
// command does.
const maxErrors = 10

// loadErrors returns the errors of pkgs and of their dependencies, each on
// one line, without duplicates (a file shared by p and its test variant),
// at most maxErrors per package, in a stable order.
func loadErrors(pkgs []*packages.Package) []string {
	var out []string
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		shown, more := 0, 0
		add := func(s string) {
			if seen[s] {
				return
			}
			seen[s] = true
			if shown == maxErrors {
				more++
				return
			}
			shown++
			out = append(out, s)
		}
		defer func() {
			if more > 0 {
				out = append(out, fmt.Sprintf("%s: %d more errors", p.ID, more))
			}
		}()
		// go list -export compiles the package too, and reports the
		// compiler's errors as one error ("# pkg\nfile:line:col: ...")
		// that the type checker's errors repeat, each with its position.
		checked := slices.ContainsFunc(p.Errors, func(e packages.Error) bool {
			return e.Kind == packages.TypeError || e.Kind == packages.ParseError
		})
		for _, e := range p.Errors {
			if checked && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				continue
			}
			msg := explainLoadError(oneLine(e.Msg))
			if e.Pos == "" || e.Pos == "-" {
				add(msg)
			} else {
				add(e.Pos + ": " + msg)
			}
		}
		if p.Module != nil && p.Module.Error != nil {
			add(oneLine(p.Module.Error.Err))
		}
	})
	return out
}

// oneLine folds a multi-line message ("go: updates to go.mod needed; to
// update it:\n\tgo mod tidy") onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// explainLoadError turns the go command's failure, as go/packages wraps it
// ("err: exit status 1: stderr: go: ..."), into one line that says what is
// wrong and what to do.
func explainLoadError(msg string) string {
	if _, rest, ok := strings.Cut(msg, "stderr: "); ok && strings.HasPrefix(msg, "err: exit status") {
		msg = rest
	}
	msg = strings.TrimPrefix(msg, "go: ")
	switch {
	case strings.Contains(msg, "requires go >="):
		// go.mod asks for a newer Go than the toolchain oauthvet runs.
		return msg + ": install that Go version, or let the go command fetch it (GOTOOLCHAIN=auto)"
	case strings.Contains(msg, "does not contain main module"), strings.Contains(msg, "go.mod file not found"):
		return msg + ": run oauthvet inside a Go module (a directory with a go.mod file, or below one)"
	}
	return msg
}
