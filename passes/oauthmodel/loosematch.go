package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// LooseMatchFact is exported for a function that compares one of its
// parameters loosely (by prefix, suffix, substring or pattern) with
// something else, in its own body or in a function it hands the
// parameter to: a validator such as urlcheck.Allowed(registered,
// requested string). Called with a requested redirect URI, it is a loose
// redirect check, reported where it is called (redirecturi).
type LooseMatchFact struct {
	Params  []int  // 0-based indices of the parameters that reach the comparison
	How     string // the comparison, as matchFuncs names it ("strings.HasPrefix")
	At      string // where it is: "util.go:77"
	Refuses bool   // the function refuses where the comparison holds (RedirectCheck.Refuses)
}

func (*LooseMatchFact) AFact() {}

func (f *LooseMatchFact) String() string {
	return fmt.Sprintf("looseMatch(%s params=%v at %s)", f.How, f.Params, f.At)
}

// LoosePkgFact marks a package that exports a LooseMatchFact, so that a
// package wrapping its validators is looked into (mayExportLoose) without
// a look at each call.
type LoosePkgFact struct{}

func (*LoosePkgFact) AFact() {}

func (*LoosePkgFact) String() string { return "looseValidators" }

// looseMatch is what a function does with its parameters: those in
// params reach a loose comparison.
type looseMatch struct {
	params []int
	how    string
	at     string
	match  *ast.CallExpr // the comparison, when it is in this package
	refuse bool          // refused where it holds (RedirectCheck.Refuses)
}

// looseParams finds the functions of this package whose parameters reach
// a loose comparison: directly (strings.HasPrefix(u.Path, base) with u
// parsed from the parameter), or through a call, with the parameter, of
// another such function of this package or of one with a LooseMatchFact.
// A comparison with a constant that names no host (a scheme, a path) or
// with the parameter itself is no match of a URI.
func (m *model) looseParams() {
	if len(m.matchCalls) == 0 && len(m.looseImported) == 0 {
		return
	}
	m.loose = make(map[*types.Func]*looseMatch)
	for _, cur := range m.matchCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, params := m.declParams(cur)
		if fn == nil || m.inTest(call) {
			continue
		}
		name, how, ops := m.matchOperands(cur)
		all := make(map[*types.Var]bool, len(params))
		for _, p := range params {
			if p != nil {
				all[p] = true
			}
		}
		reaches := false
		for _, op := range ops {
			reaches = reaches || len(all) > 0 && m.requestedURI(op.operand, all, false, 0)
		}
		if !reaches {
			continue // no parameter reaches an operand: no need to ask each
		}
		for i, p := range params {
			if p == nil {
				continue
			}
			set := map[*types.Var]bool{p: true}
			for _, op := range ops {
				if !m.requestedURI(op.operand, set, false, 0) {
					continue
				}
				if _, ok := m.matchesURI(op, how, set); ok {
					m.addLoose(fn, i, &looseMatch{how: name, at: m.shortPos(call), match: call, refuse: m.refusesWhenTrue(cur)})
				}
				break
			}
		}
	}
	// Through calls: a few rounds reach the wrappers of wrappers.
	for range maxDepth {
		changed := false
		for _, site := range m.looseSites() {
			fn, params := m.declParams(site.cur)
			if fn == nil || m.inTest(site.call) {
				continue
			}
			for _, i := range site.lm.params {
				if i >= len(site.call.Args) {
					continue
				}
				for j, p := range params {
					if p != nil && m.requestedURI(site.call.Args[i], map[*types.Var]bool{p: true}, false, 0) {
						changed = m.addLoose(fn, j, site.lm) || changed
					}
				}
			}
		}
		if !changed {
			break
		}
	}
}

// addLoose records that parameter i of fn reaches the comparison lm
// describes; it reports whether that is new.
func (m *model) addLoose(fn *types.Func, i int, lm *looseMatch) bool {
	cur, ok := m.loose[fn]
	if !ok {
		m.loose[fn] = &looseMatch{params: []int{i}, how: lm.how, at: lm.at, match: lm.match, refuse: lm.refuse}
		return true
	}
	if slices.Contains(cur.params, i) {
		return false
	}
	cur.params = append(cur.params, i)
	return true
}

// declParams returns the function declared around cur and its
// parameters that may hold a URI (strings, bytes, URLs).
func (m *model) declParams(cur inspector.Cursor) (*types.Func, []*types.Var) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fn, ok := m.info.Defs[c.Node().(*ast.FuncDecl).Name].(*types.Func)
		if !ok {
			return nil, nil
		}
		sig := fn.Type().(*types.Signature)
		params := make([]*types.Var, sig.Params().Len())
		for i := range params {
			p := sig.Params().At(i)
			if t := p.Type(); isStringType(t) || isByteBuffer(t) || isURLType(t) {
				params[i] = p
			}
		}
		return fn, params
	}
	return nil, nil
}

// looseSite is a call of a function whose parameters reach a loose
// comparison.
type looseSite struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	fn   *types.Func
	lm   *looseMatch
}

// looseSites lists the calls of this package's loose functions and of
// other packages' functions with a LooseMatchFact.
func (m *model) looseSites() []looseSite {
	var out []looseSite
	for _, cur := range m.looseImported {
		call := cur.Node().(*ast.CallExpr)
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok {
			if lm := m.importedLoose(fn.Origin()); lm != nil {
				out = append(out, looseSite{cur, call, fn, lm})
			}
		}
	}
	if len(m.loose) == 0 {
		return out
	}
	refs := m.refs()
	for fn, lm := range m.loose {
		for _, c := range refs.uses[fn] {
			at := c
			if sel, ok := c.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == c.Node() {
				at = c.Parent() // pkg.F, recv.M
			}
			call, ok := at.Parent().Node().(*ast.CallExpr)
			if !ok || ast.Unparen(call.Fun) != at.Node() || call.Ellipsis.IsValid() {
				continue
			}
			out = append(out, looseSite{at.Parent(), call, fn, lm})
		}
	}
	slices.SortFunc(out, func(a, b looseSite) int { return int(a.call.Pos() - b.call.Pos()) })
	return out
}

// importedLoose is fn's LooseMatchFact as a looseMatch, nil without one.
func (m *model) importedLoose(fn *types.Func) *looseMatch {
	lm, ok := m.looseFacts[fn]
	if !ok {
		var f LooseMatchFact
		if m.pass.ImportObjectFact(fn, &f) {
			lm = &looseMatch{params: f.Params, how: f.How, at: f.At, refuse: f.Refuses}
		}
		if m.looseFacts == nil {
			m.looseFacts = make(map[*types.Func]*looseMatch)
		}
		m.looseFacts[fn] = lm
	}
	return lm
}

// mayMatchLoosely reports, for a function of another package, whether it
// may carry a LooseMatchFact: it takes a string, bytes or a URL.
func (m *model) mayMatchLoosely(fn *types.Func) bool {
	return takesURI(fn) && m.importedLoose(fn.Origin()) != nil
}

// exportLooseFacts exports a LooseMatchFact for each exported function
// of this package whose parameters reach a loose comparison.
func (m *model) exportLooseFacts() {
	exported := false
	for fn, lm := range m.loose {
		if fn.Exported() {
			params := slices.Clone(lm.params)
			slices.Sort(params)
			m.pass.ExportObjectFact(fn, &LooseMatchFact{Params: params, How: lm.how, At: lm.at, Refuses: lm.refuse})
			exported = true
		}
	}
	if exported {
		m.pass.ExportPackageFact(new(LoosePkgFact))
	}
}

// looseCalls records, as RedirectChecks, the calls that hand a requested
// redirect URI to a function comparing it loosely: another package's
// (LooseMatchFact), or one of this package whose comparison is not
// reported itself (reported: an unexported helper's parameter bound to
// the requested URI is judged at the comparison).
func (m *model) looseCalls(params map[*types.Var]bool, reported map[*ast.CallExpr]bool) {
	for _, site := range m.looseSites() {
		if m.inTest(site.call) || site.lm.match != nil && reported[site.lm.match] {
			continue
		}
		for _, i := range site.lm.params {
			// Names are no evidence here: a login front's return URL
			// (a redirectURI field of its own params) is checked by
			// such validators too, and no code goes there.
			if i < len(site.call.Args) && m.requestedURI(site.call.Args[i], params, false, 0) && m.authzEndpoint(site.cur, site.call.Args[i], params) {
				m.result.Server.RedirectChecks = append(m.result.Server.RedirectChecks, &RedirectCheck{
					Node: site.call, How: site.lm.how, Requested: site.call.Args[i],
					Via: site.fn, ViaAt: site.lm.at, Refuses: site.lm.refuse,
				})
				break
			}
		}
	}
}

// authzEndpoint reports whether the requested URI arg, handed to a loose
// validator at cur, is an authorization request's redirect URI: the
// parameter of a validator installed in a server library, or a value in
// a function that reads the request's client_id or response_type
// (readsClientParams).
func (m *model) authzEndpoint(cur inspector.Cursor, arg ast.Expr, params map[*types.Var]bool) bool {
	if len(params) > 0 && m.requestedURI(arg, params, false, 0) && !m.requestedURI(arg, nil, false, 0) {
		return true
	}
	return m.readsClientParams(enclosingFunc(cur), 0)
}

// shortPos is "file.go:line" for n, as facts name a place.
func (m *model) shortPos(n ast.Node) string {
	p := m.pass.Fset.Position(n.Pos())
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// mayExportLoose reports, for a package without OAuth code, whether it
// may hold a URL validator whose LooseMatchFact its importers need: it
// imports net/url or a package with URIPartFacts, and strings, regexp,
// path or a package with LooseMatchFacts; it has an exported function that takes a string or a
// URL; and some function calls a comparison of matchFuncs, or a function
// with a LooseMatchFact.
func mayExportLoose(pass *analysis.Pass) bool {
	// A URI validator parses URIs: without net/url, no look at the files.
	parses, compares := false, false
	validators := make(map[*types.Package]bool) // imports with LooseMatchFacts
	for _, imp := range pass.Pkg.Imports() {
		switch imp.Path() {
		case "net/url":
			parses = true
		case "strings", "regexp", "path", "path/filepath":
			compares = true
		default:
			if pass.ImportPackageFact(imp, new(LoosePkgFact)) {
				validators[imp], compares = true, true
			}
			if pass.ImportPackageFact(imp, new(URIPartPkgFact)) {
				parses = true // hostport.Of(uri): a URI's part from a helper
			}
		}
	}
	if !parses || !compares {
		return false
	}
	exported := false
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.IsExported() && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && takesURI(fn) {
					exported = true
				}
			}
		}
	}
	if !exported {
		return false
	}
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			switch sel.Sel.Name {
			case "HasPrefix", "HasSuffix", "Contains", "Index", "Match", "MatchString":
				if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() != nil {
					_, found = matchFuncs[funcName(fn)]
				}
			default:
				if len(validators) > 0 {
					if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok && validators[fn.Pkg()] {
						found = pass.ImportObjectFact(fn.Origin(), new(LooseMatchFact))
					}
				}
			}
			return true
		})
	}
	return found
}

// takesURI reports whether fn has a parameter that may hold a URI: a
// string, bytes or a URL.
func takesURI(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if t := sig.Params().At(i).Type(); isStringType(t) || isByteBuffer(t) || isURLType(t) {
			return true
		}
	}
	return false
}
