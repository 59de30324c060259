package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A server is often built by a function of one package from a
// configuration another package writes:
//
//	// package oauth
//	func NewProvider(store S, cfg *fosite.Config) fosite.OAuth2Provider {
//		return compose.Compose(cfg, store, strategy, compose.OAuth2AuthorizeExplicitFactory, …)
//	}
//	// package app
//	provider := oauth.NewProvider(store, &fosite.Config{GlobalSecret: key})
//
// The builder's package cannot know the configuration; the caller's
// cannot see the composition. The builder exports a ServerParamFact that
// names the parameter and the decisions left to it, and the caller that
// fixes the configuration is a server record of its own for them.

// ServerParamFact marks an exported function or method that builds a
// server of the library Lib from its parameter Param, a configuration
// of that library: Decisions are the ones only that configuration makes
// (its fields; those the composition decides, and setters in the
// builder, are not among them). At is where the server is built
// ("fosite.go:31"), for messages.
type ServerParamFact struct {
	Param     int
	Lib       string
	Decisions []knowledge.Decision
	At        string
}

func (*ServerParamFact) AFact() {}

func (f *ServerParamFact) String() string {
	return fmt.Sprintf("serverParam(%d, %s, %v)", f.Param, f.Lib, f.Decisions)
}

// exportServerParams exports the facts of the builders among anchors: a
// server whose configuration is a parameter of an exported function,
// and whose decisions it leaves unknown for that reason.
func (m *model) exportServerParams(anchors []*anchorUse) {
	for _, u := range anchors {
		if u.sc == nil || u.param == nil || m.inTest(u.call) {
			continue
		}
		owner, ok := m.exportedOwner(u.param)
		if !ok || m.pass.ImportObjectFact(owner.fn, new(ServerParamFact)) {
			continue // one fact per function: its first server
		}
		var ds []knowledge.Decision
		seen := make(map[knowledge.Decision]bool)
		for _, f := range u.lib.Fields {
			d := u.sc.Decisions[f.Decision]
			if !seen[f.Decision] && d.Status == knowledge.Unknown && d.Node == ast.Node(u.call) && d.Why == "" {
				seen[f.Decision] = true
				ds = append(ds, f.Decision)
			}
		}
		if len(ds) == 0 {
			continue
		}
		p := m.pass.Fset.Position(u.call.Pos())
		m.pass.ExportObjectFact(owner.fn, &ServerParamFact{Param: owner.index, Lib: u.lib.Name, Decisions: ds,
			At: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)})
	}
}

// serverParamFact is the fact of the function call calls, when it is
// another package's server builder.
func (m *model) serverParamFact(fn *types.Func) *ServerParamFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return nil
	}
	f := new(ServerParamFact)
	if !m.pass.ImportObjectFact(fn.Origin(), f) {
		return nil
	}
	return f
}

// builtServers makes a server record for each call of another package's
// builder whose configuration argument this package fixes: a literal, a
// constructor, a variable and its field assignments. Only the decisions
// the builder leaves to that configuration are read here.
func (m *model) builtServers(consumed map[*ast.CallExpr]bool) {
	for _, cur := range m.serverParamCalls {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		f := m.serverParamFact(fn)
		if f == nil || f.Param >= len(call.Args) || m.inTest(call) {
			continue
		}
		var lib *knowledge.Server
		for _, l := range knowledge.Servers {
			if l.Name == f.Lib {
				lib = l
			}
		}
		if lib == nil {
			continue
		}
		src := &cfgSource{}
		m.resolveConfig(call.Args[f.Param], lib, src, consumed, 0)
		if src.unknown || src.param != nil {
			continue // a setting, or the caller's own caller's: unknown
		}
		sc := &ServerConfig{Library: lib.Name, Node: call, Advice: lib.Advice}
		if src.ctor != nil {
			m.applyDefaults(sc, src.ctor)
		}
		switch {
		case src.lit != nil:
			m.applyLiteral(sc, lib, m.info.TypeOf(src.lit), src.lit, src.lit)
		case src.zero != nil:
			m.applyLiteral(sc, lib, m.info.TypeOf(src.zero), src.zero, nil)
		case src.made != nil:
			applyMade(sc, src)
		}
		m.applyFieldSets(sc, lib, src.objs)
		var keep [knowledge.NumDecisions]bool
		for _, d := range f.Decisions {
			if int(d) < len(keep) {
				keep[d] = true
			}
		}
		via := " (this configuration is handed to " + analysisFuncLabel(fn) + ", which builds the server at " + f.At + ")"
		for d := range sc.Decisions {
			if !keep[d] {
				sc.Decisions[d] = ServerDecision{Node: call}
				continue
			}
			if sd := &sc.Decisions[d]; sd.Status != knowledge.Unknown {
				sd.Why += via
			}
		}
		derive(sc)
		m.result.Server.Configs = append(m.result.Server.Configs, sc)
	}
}

// analysisFuncLabel names a function of another package for a message:
// oauth.NewProvider, (*oauth.Server).Build.
func analysisFuncLabel(fn *types.Func) string {
	name := fn.Pkg().Name() + "." + fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		star := ""
		if p, ok := t.(*types.Pointer); ok {
			t, star = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = "(" + star + fn.Pkg().Name() + "." + n.Obj().Name() + ")." + fn.Name()
		}
	}
	return strings.TrimSpace(name)
}

var _ analysis.Fact = (*ServerParamFact)(nil)

// The mirror case: a package's exported function returns a configuration
// it writes (func FositeConfig(secret []byte) *fosite.Config { return
// &fosite.Config{…} }) and another package composes the server from it.
// The function exports a ServerConfigFact with what that configuration
// decides, and the composing package reads it at the call.

// ServerConfigFact marks an exported function that returns a
// configuration of the library Lib written in its package: the decisions
// its fields make. At is where it is written ("config.go:12").
type ServerConfigFact struct {
	Lib       string
	Decisions []MadeDecision
	At        string
}

// MadeDecision is one decision of a ServerConfigFact.
type MadeDecision struct {
	Decision knowledge.Decision
	Status   knowledge.Status
	Why      string
	Default  bool
}

func (*ServerConfigFact) AFact() {}

func (f *ServerConfigFact) String() string {
	return fmt.Sprintf("serverConfig(%s, %d decisions)", f.Lib, len(f.Decisions))
}

// exportServerConfigs exports the facts of the package's exported
// functions that return a configuration literal of a server library.
func (m *model) exportServerConfigs() {
	for fn, cur := range m.funcDecls {
		if !fn.Exported() || m.inTestFile(cur.Node().Pos()) {
			continue
		}
		res := fn.Signature().Results()
		if res.Len() < 1 || res.Len() > 2 || res.Len() == 2 && !isErrorType(res.At(1).Type()) {
			continue
		}
		lib := m.configLib(res.At(0).Type())
		if lib == nil {
			continue
		}
		var results []ast.Expr
		ast.Inspect(cur.Node().(*ast.FuncDecl).Body, func(n ast.Node) bool {
			switch r := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(r.Results) == res.Len() && !m.isNil(r.Results[0]) {
					results = append(results, r.Results[0])
				}
			}
			return true
		})
		if len(results) != 1 {
			continue
		}
		src := &cfgSource{}
		m.resolveConfig(results[0], lib, src, make(map[*ast.CallExpr]bool), 0)
		if src.unknown || src.lit == nil && src.zero == nil {
			continue // a constructor's defaults are reported where it is called
		}
		sc := &ServerConfig{}
		at := ast.Node(src.lit)
		if src.lit != nil {
			m.applyLiteral(sc, lib, m.info.TypeOf(src.lit), src.lit, src.lit)
		} else {
			at = src.zero
			m.applyLiteral(sc, lib, m.info.TypeOf(src.zero), src.zero, nil)
		}
		m.applyFieldSets(sc, lib, src.objs)
		var ds []MadeDecision
		for _, f := range lib.Fields {
			d := sc.Decisions[f.Decision]
			if d.Status != knowledge.Unknown && !slices.ContainsFunc(ds, func(x MadeDecision) bool { return x.Decision == f.Decision }) {
				ds = append(ds, MadeDecision{Decision: f.Decision, Status: d.Status, Why: d.Why, Default: d.Default})
			}
		}
		if len(ds) == 0 {
			continue
		}
		p := m.pass.Fset.Position(at.Pos())
		m.pass.ExportObjectFact(fn, &ServerConfigFact{Lib: lib.Name, Decisions: ds, At: fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)})
	}
}

// configLib is the server library whose configuration type t (or what it
// points to) is, nil for any other type.
func (m *model) configLib(t types.Type) *knowledge.Server {
	for _, lib := range knowledge.Servers {
		for i := range lib.Fields {
			if m.libType(t, lib.Fields[i].Type) {
				return lib
			}
		}
	}
	return nil
}

// serverConfigFact is the fact of fn, another package's function, when
// it returns a configuration of lib.
func (m *model) serverConfigFact(fn *types.Func, lib *knowledge.Server) *ServerConfigFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return nil
	}
	f := new(ServerConfigFact)
	if !m.pass.ImportObjectFact(fn.Origin(), f) || f.Lib != lib.Name {
		return nil
	}
	return f
}

// applyMade applies the decisions of a configuration another package's
// function returns, at the call of that function here.
func applyMade(sc *ServerConfig, src *cfgSource) {
	// How the call names its function: conf.Fosite of conf.Fosite(secret).
	fn := types.ExprString(src.madeAt.Fun)
	for _, d := range src.made.Decisions {
		if int(d.Decision) >= len(sc.Decisions) {
			continue
		}
		sc.Decisions[d.Decision] = ServerDecision{Status: d.Status, Node: src.madeAt, Default: d.Default,
			Why: d.Why + " (in the configuration " + fn + " returns, written at " + src.made.At + ")"}
	}
}
