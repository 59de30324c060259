package driver

import (
	"fmt"
	"go/types"
	"maps"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// The executor runs the analyzers on the analysed packages. It does what
// the x/tools checker (checker.Analyze) does for this driver, at a
// fraction of its cost, which matters because everything it spends comes
// on top of loading (see bench/RESULTS.md):
//
//   - one unit of work per package, not one goroutine per action and per
//     edge of the action graph: a package's analyzers run one after the
//     other on one goroutine, GOMAXPROCS packages at a time, each as soon
//     as the packages it imports are done;
//   - facts stay with the package that exported them and are looked up
//     there, instead of being copied into every importing action (the
//     checker's copies grow with the square of the import depth);
//   - once a package is done, what only its own analysis needed (the
//     analyzers' results, its syntax trees and types.Info) is let go, so
//     that the collector reclaims it while the other packages are analysed
//     rather than the heap growing by everything the analysis allocates.
//
// Semantics are the checker's: an analyzer with facts runs on the
// analysed packages a package imports (directly or through packages that
// are not analysed) before it, and sees their facts; an action whose
// prerequisite failed fails with "failed prerequisites"; an analyzer
// without RunDespiteErrors is skipped on a package with errors.

// An action is one analyzer's run on one package.
type action struct {
	Analyzer    *analysis.Analyzer
	Package     *packages.Package
	IsRoot      bool // the package is reported on and the analyzer was asked for
	dependency  bool // the package is a dependency analysed for its facts (see deps.go)
	Err         error
	Diagnostics []analysis.Diagnostic

	result any
	pass   *analysis.Pass
}

func (act *action) String() string { return act.Analyzer.Name + "@" + act.Package.ID }

// A unit is one package and the actions run on it.
type unit struct {
	pkg     *packages.Package
	imports []*unit // analysed packages this one imports, directly or not (see rootView)
	users   []*unit // the units whose imports include this one
	actions []*action
	byName  map[*analysis.Analyzer]*action

	waiting atomic.Int32 // imports not yet done
	done    atomic.Bool

	orig     *packages.Package // the loaded package pkg copies (see rootView), or pkg
	reported bool              // the asked analyzers run on it, not only those with facts
	key      string            // its package cache key, or "" (see pkgcache.go)
	facts    string            // the digest of its recorded facts, or "" (see pkgcache.go)
	reach    string            // the digest of its and the packages' it reaches facts, or ""

	// For a dependency analysed for its facts (see deps.go): whether it is
	// analysed only when an import of it has facts (a relay), and its
	// export data's package, which the packages importing it see.
	dependency bool
	relay      bool
	pathFacts  map[pathFactKey]analysis.Fact // its object facts, by object path
	// restored is set for a named package taken from the package cache:
	// its importers read it from export data, and its object facts are
	// in pathFacts, as a dependency's.
	restored bool

	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// pathFactKey keys the facts of a dependency analysed from source: its
// importers name its objects through export data, as other objects than
// the source's, with the same object path (as unitchecker's facts do).
type pathFactKey struct {
	path objectpath.Path
	typ  reflect.Type
}

// An execution is the analysis of a set of packages.
type execution struct {
	actions  []*action                   // every action, in a stable order
	units    map[*types.Package]*unit    // by the package's types
	depUnits map[string]*unit            // the dependencies analysed for facts, by path
	byOrig   map[*packages.Package]*unit // by the loaded package each copies
	cache    *pkgCache                   // nil: no package cache
	// keep names the analyzers whose results outlive their package's
	// analysis (the inventory's rows, plain data without syntax).
	keep map[*analysis.Analyzer]bool
}

// Roots returns the actions whose diagnostics are reported.
func (e *execution) Roots() []*action {
	var out []*action
	for _, act := range e.actions {
		if act.IsRoot {
			out = append(out, act)
		}
	}
	return out
}

// execute runs analyzers, and the analyzers they require, on view (see
// rootView): every analyzer on the packages report names (nil: all),
// and the analyzers with facts, with those they require, on the others.
// With release, each package's syntax and type information is dropped
// once it has been analysed.
func execute(analyzers []*analysis.Analyzer, view []*packages.Package, report map[string]bool, release bool) (*execution, error) {
	return executeWithDeps(analyzers, view, report, release, nil, nil)
}

// A dependency is a view package without syntax yet, analysed for its
// facts (see selectDependencies).
type dependency struct {
	relay bool // analysed only when one of its imports has facts
}

// executeWithDeps is execute where the view packages whose IDs are in
// deps are dependencies: each is type-checked from source when the
// executor reaches it, and analysed for its facts only. Their errors are
// no one's: a dependency that fails contributes no facts. With a package
// cache, a package whose inputs are those of a recorded analysis is not
// analysed again (see pkgcache.go).
func executeWithDeps(analyzers []*analysis.Analyzer, view []*packages.Package, report map[string]bool, release bool, deps map[string]*dependency, cache *pkgCache, keep ...*analysis.Analyzer) (*execution, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	all := requiredOrder(analyzers)
	asked := make(map[*analysis.Analyzer]bool, len(analyzers))
	for _, a := range analyzers {
		asked[a] = true
	}
	// The analyzers that must run on a package that is not reported on:
	// those with facts and, transitively, what they require.
	forFacts := make(map[*analysis.Analyzer]bool)
	var need func(a *analysis.Analyzer)
	need = func(a *analysis.Analyzer) {
		if !forFacts[a] {
			forFacts[a] = true
			for _, r := range a.Requires {
				need(r)
			}
		}
	}
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			need(a)
		}
	}

	e := &execution{units: make(map[*types.Package]*unit, len(view)), depUnits: make(map[string]*unit, len(deps)), byOrig: make(map[*packages.Package]*unit, len(view)), cache: cache}
	for _, a := range keep {
		if e.keep == nil {
			e.keep = make(map[*analysis.Analyzer]bool)
		}
		e.keep[a] = true
	}
	byPkg := make(map[*packages.Package]*unit, len(view))
	units := make([]*unit, 0, len(view))
	for _, p := range view {
		if byPkg[p] != nil {
			continue
		}
		u := &unit{pkg: p, orig: p, byName: make(map[*analysis.Analyzer]*action)}
		if o, ok := viewOrigin.LoadAndDelete(p); ok {
			u.orig = o.(*packages.Package)
		}
		e.byOrig[u.orig] = u
		if d := deps[p.ID]; d != nil {
			u.dependency, u.relay = true, d.relay
		}
		reported := (report == nil || report[p.ID]) && !u.dependency
		u.reported = reported
		for _, a := range all {
			if isTestVariant(p) {
				// Type-checked for its errors only (see
				// productionPackages).
				break
			}
			if !reported && !forFacts[a] {
				continue
			}
			act := &action{Analyzer: a, Package: p, IsRoot: reported && asked[a], dependency: u.dependency}
			u.actions = append(u.actions, act)
			u.byName[a] = act
			e.actions = append(e.actions, act)
		}
		byPkg[p] = u
		if u.dependency {
			e.depUnits[p.PkgPath] = u
		} else {
			e.units[p.Types] = u
		}
		units = append(units, u)
	}
	for _, u := range units {
		for _, path := range slices.Sorted(maps.Keys(u.pkg.Imports)) {
			if dep := byPkg[u.pkg.Imports[path]]; dep != nil && dep != u {
				u.imports = append(u.imports, dep)
			}
		}
	}
	breakCycles(units)
	for _, u := range units {
		u.waiting.Store(int32(len(u.imports)))
		for _, dep := range u.imports {
			dep.users = append(dep.users, u)
		}
	}

	// GOMAXPROCS workers take the packages whose imports are done.
	ready := make(chan *unit, len(units))
	for _, u := range units {
		if len(u.imports) == 0 {
			ready <- u
		}
	}
	var wg sync.WaitGroup
	wg.Add(len(units))
	for range min(runtime.GOMAXPROCS(0), max(len(units), 1)) {
		go func() {
			for u := range ready {
				e.run(u, release)
				if e.cache != nil {
					setReach(u)
				}
				for _, user := range u.users {
					if user.waiting.Add(-1) == 0 {
						ready <- user
					}
				}
				wg.Done()
			}
		}()
	}
	wg.Wait()
	close(ready)
	return e, nil
}

// requiredOrder returns analyzers and all they require, each after what
// it requires, in a stable order.
func requiredOrder(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		out = append(out, a)
	}
	for _, a := range analyzers {
		visit(a)
	}
	return out
}

// breakCycles drops the import edges that close a cycle (go list reports
// import cycles as errors but a package may still list the import), so
// that every unit's imports are done before it.
func breakCycles(units []*unit) {
	const (
		unvisited = iota
		active
		finished
	)
	state := make(map[*unit]int, len(units))
	var visit func(u *unit)
	visit = func(u *unit) {
		state[u] = active
		kept := u.imports[:0]
		for _, dep := range u.imports {
			switch state[dep] {
			case active:
				continue // a back edge: drop it
			case unvisited:
				visit(dep)
			}
			kept = append(kept, dep)
		}
		u.imports = kept
		state[u] = finished
	}
	for _, u := range units {
		if state[u] == unvisited {
			visit(u)
		}
	}
}

// run runs the unit's actions, one after the other, or takes what they
// left from the package cache.
func (e *execution) run(u *unit, release bool) {
	if e.cache != nil && (u.dependency || u.orig.ExportFile != "") {
		// (A package taken from the cache is read from export data by
		// its importers.)
		if u.key = e.cache.key(u); u.key != "" {
			if ent, ok := e.cache.load(u.key); ok && e.cache.restore(u, ent) {
				e.cache.hits.Add(1)
				u.done.Store(true)
				return
			}
			e.cache.misses.Add(1)
		}
	}
	if u.dependency {
		e.runDependency(u)
		return
	}
	if u.pkg.TypesInfo == nil {
		checkSource(u.pkg, u.orig, u.orig.Imports)
	}
	for _, act := range u.actions {
		e.exec(u, act)
	}
	if e.cache != nil {
		e.cache.done(u, len(u.pkg.Errors) == 0 && !u.pkg.IllTyped &&
			!slices.ContainsFunc(u.actions, func(act *action) bool { return act.Err != nil }))
	}
	u.done.Store(true)
	for _, act := range u.actions {
		act.pass = nil
		if !e.keep[act.Analyzer] {
			act.result = nil
		}
	}
	if release {
		// Importers need the package's types and facts, never its syntax
		// or types.Info; the findings hold positions, resolved through
		// the file set.
		u.pkg.Syntax, u.pkg.TypesInfo = nil, nil
	}
}

func (e *execution) exec(u *unit, act *action) {
	defer func() {
		if r := recover(); r != nil {
			act.Err = fmt.Errorf("internal error: %s panicked on package %s: %s", act.Analyzer.Name, u.pkg.ID, oneLine(fmt.Sprint(r)))
		}
	}()
	var failed []string
	for _, r := range act.Analyzer.Requires {
		if dep := u.byName[r]; dep.Err != nil {
			failed = append(failed, dep.String())
		}
	}
	if len(act.Analyzer.FactTypes) > 0 {
		for _, imp := range u.imports {
			if dep := imp.byName[act.Analyzer]; dep != nil && dep.Err != nil && !imp.dependency {
				failed = append(failed, dep.String())
			}
		}
	}
	if len(failed) > 0 {
		slices.Sort(failed)
		act.Err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}
	p := u.pkg
	if p.IllTyped && !act.Analyzer.RunDespiteErrors {
		act.Err = fmt.Errorf("analysis skipped due to errors in package")
		return
	}

	inputs := make(map[*analysis.Analyzer]any, len(act.Analyzer.Requires))
	for _, r := range act.Analyzer.Requires {
		inputs[r] = u.byName[r].result
	}
	module := &analysis.Module{}
	if m := p.Module; m != nil {
		module.Path, module.Version = m.Path, m.Version
		module.GoVersion = m.GoVersion
	}
	pass := &analysis.Pass{
		Analyzer:     act.Analyzer,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			act.Diagnostics = append(act.Diagnostics, d)
		},
		ReadFile:          readFile(p),
		ImportObjectFact:  func(obj types.Object, fact analysis.Fact) bool { return e.objectFact(u, obj, fact) },
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool { return e.packageFact(u, pkg, fact) },
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if act.pass == nil || act.pass.ExportObjectFact == nil {
				panic(fmt.Sprintf("%s: ExportObjectFact(%s, %T) called after Run", act, obj, fact))
			}
			if obj == nil || obj.Pkg() != p.Types {
				panic(fmt.Sprintf("%s: ExportObjectFact(%s, %T): the object belongs to another package", act, obj, fact))
			}
			if u.objectFacts == nil {
				u.objectFacts = make(map[objectFactKey]analysis.Fact)
			}
			u.objectFacts[objectFactKey{obj, reflect.TypeOf(fact)}] = fact
		},
		ExportPackageFact: func(fact analysis.Fact) {
			if act.pass == nil || act.pass.ExportPackageFact == nil {
				panic(fmt.Sprintf("%s: ExportPackageFact(%T) called after Run", act, fact))
			}
			if u.packageFacts == nil {
				u.packageFacts = make(map[reflect.Type]analysis.Fact)
			}
			u.packageFacts[reflect.TypeOf(fact)] = fact
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return e.allObjectFacts(u) },
		AllPackageFacts: func() []analysis.PackageFact { return e.allPackageFacts(u) },
	}
	act.pass = pass
	result, err := act.Analyzer.Run(pass)
	pass.ExportObjectFact, pass.ExportPackageFact = nil, nil
	if err != nil {
		act.Err = err
		return
	}
	if got, want := reflect.TypeOf(result), act.Analyzer.ResultType; got != want {
		act.Err = fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", p.ID, act.Analyzer.Name, got, want)
		return
	}
	act.result = result
	for i := range act.Diagnostics {
		act.Diagnostics[i].URL = resolveURL(act.Analyzer, act.Diagnostics[i])
	}
}

// visible returns the unit whose facts about objects of pkg u may see: the
// package being analysed, or one that is done (which is, for any object u
// can name, one it imports).
func (e *execution) visible(u *unit, pkg *types.Package) *unit {
	if pkg == nil {
		return nil
	}
	if pkg == u.pkg.Types {
		return u
	}
	v := e.units[pkg]
	if v == nil {
		v = e.depUnits[pkg.Path()]
	}
	if v == nil || v != u && !v.done.Load() {
		return nil
	}
	return v
}

func (e *execution) objectFact(u *unit, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		return false
	}
	v := e.visible(u, obj.Pkg())
	if v == nil {
		return false
	}
	var fact analysis.Fact
	var ok bool
	if (v.dependency || v.restored) && v != u {
		if len(v.pathFacts) == 0 {
			return false
		}
		path, err := objectpath.For(obj)
		if err != nil {
			return false
		}
		fact, ok = v.pathFacts[pathFactKey{path, reflect.TypeOf(ptr)}]
	} else {
		fact, ok = v.objectFacts[objectFactKey{obj, reflect.TypeOf(ptr)}]
	}
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	}
	return ok
}

func (e *execution) packageFact(u *unit, pkg *types.Package, ptr analysis.Fact) bool {
	v := e.visible(u, pkg)
	if v == nil {
		return false
	}
	fact, ok := v.packageFacts[reflect.TypeOf(ptr)]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	}
	return ok
}

// closure returns u and the units it imports, directly or not.
func closure(u *unit) []*unit {
	seen := map[*unit]bool{u: true}
	out := []*unit{u}
	for i := 0; i < len(out); i++ {
		for _, dep := range out[i].imports {
			if !seen[dep] {
				seen[dep] = true
				out = append(out, dep)
			}
		}
	}
	return out
}

func (e *execution) allObjectFacts(u *unit) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	for _, v := range closure(u) {
		// (A dependency's facts name objects of its export data, which
		// no one here has loaded whole: not listed.)
		for k, f := range v.objectFacts {
			out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
		}
		if v.restored && v != u && len(v.pathFacts) > 0 {
			// Named through the export data u's objects come from.
			if tp, err := importExport(v.orig); err == nil {
				for k, f := range v.pathFacts {
					if obj, err := objectpath.Object(tp, k.path); err == nil {
						out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
					}
				}
			}
		}
	}
	return out
}

func (e *execution) allPackageFacts(u *unit) []analysis.PackageFact {
	var out []analysis.PackageFact
	for _, v := range closure(u) {
		pkg := v.pkg.Types
		for _, f := range v.packageFacts {
			out = append(out, analysis.PackageFact{Package: pkg, Fact: f})
		}
	}
	return out
}

// readFile is Pass.ReadFile: the package's own files only.
func readFile(p *packages.Package) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		for _, files := range [][]string{p.CompiledGoFiles, p.GoFiles, p.OtherFiles, p.IgnoredFiles, p.EmbedFiles} {
			if slices.Contains(files, name) {
				return os.ReadFile(name)
			}
		}
		return nil, fmt.Errorf("%s is not among the files of package %s", name, p.ID)
	}
}

// resolveURL is a diagnostic's URL as the x/tools drivers resolve it: its
// own, or "#category", relative to the analyzer's.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) string {
	raw := d.URL
	if raw == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	if raw == "" {
		return a.URL
	}
	ref, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return raw
	}
	return base.ResolveReference(ref).String()
}

// runDependency analyses a dependency for its facts: type-checks it from
// source (a relay only when an import of it has facts), runs the fact
// analyzers, and keys its object facts by object path for its importers.
// Whatever fails, the dependency contributes no facts and no error.
func (e *execution) runDependency(u *unit) {
	defer u.done.Store(true)
	store := func() {
		if e.cache != nil {
			e.cache.done(u, true)
		}
	}
	if u.relay && !slices.ContainsFunc(u.imports, func(imp *unit) bool {
		return len(imp.objectFacts) > 0 || len(imp.pathFacts) > 0 || len(imp.packageFacts) > 0
	}) {
		store()
		return
	}
	exported, ok := checkDependency(u.pkg, u.orig)
	if !ok {
		if e.cache != nil {
			// It contributes no facts, which is what its importers'
			// keys hold of it; nothing is recorded, so it is tried
			// again next time.
			u.facts = factsDigest(nil, nil)
		}
		return
	}
	failed := false
	for _, act := range u.actions {
		e.exec(u, act)
		if act.Err != nil {
			u.objectFacts, u.packageFacts = nil, nil
			failed = true
			break
		}
	}
	for _, act := range u.actions {
		act.result, act.pass = nil, nil
	}
	for k, f := range u.objectFacts {
		if path, err := objectpath.For(k.obj); err == nil {
			if u.pathFacts == nil {
				u.pathFacts = make(map[pathFactKey]analysis.Fact, len(u.objectFacts))
			}
			u.pathFacts[pathFactKey{path, k.typ}] = f
		}
	}
	u.objectFacts = nil
	// Importers see the export data; the source's syntax and types go.
	u.pkg.Types, u.pkg.Syntax, u.pkg.TypesInfo = exported, nil, nil
	if !failed {
		store()
	}
}
