package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
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
