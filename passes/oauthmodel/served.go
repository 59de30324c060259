package oauthmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// A server held in an exported package variable may be served by any
// importer. When the package that configures it calls only the token
// endpoint's methods on it (token.Srv.HandleTokenRequest), the decisions
// only an authorization endpoint makes (knowledge.AuthorizeOnly) are not
// judged there: they travel in a ServedFact on the variable, and a
// package that serves the authorization endpoint with it
// (token.Srv.HandleAuthorizeRequest, or hands the server on to code the
// model cannot follow) is reported, where it does so. A program that
// never serves that endpoint (Nam-Ki-Bok/golang-oauth-server: token
// and bearer-token validation only) has nothing to report.

// ServedFact carries an exported server variable's authorization
// endpoint decisions to the packages that serve it.
type ServedFact struct {
	Library   string
	At        string // where the server is configured: file:line
	Decisions []ServedDecision
}

// ServedDecision is one allowed decision and why.
type ServedDecision struct {
	Decision knowledge.Decision
	Why      string
}

func (*ServedFact) AFact() {}
func (f *ServedFact) String() string {
	return fmt.Sprintf("served(%s, %d decisions)", f.Library, len(f.Decisions))
}

// exportServed records the deferred decisions of the server u makes.
func (m *model) exportServed(u *anchorUse, ds []ServedDecision) {
	m.pass.ExportObjectFact(u.obj, &ServedFact{
		Library:   u.lib.Name,
		At:        m.shortPos(u.call),
		Decisions: ds,
	})
	m.pass.ExportPackageFact(&FlowsFact{}) // importers are modelled
}

// servedImports reports, in this package, the authorization endpoints
// served with another package's exported server variable.
func (m *model) servedImports() {
	done := make(map[types.Object]bool)
	for _, cur := range m.otherVars {
		id := cur.Node().(*ast.Ident)
		v, _ := m.info.Uses[id].(*types.Var)
		if v == nil || done[v] || m.inTest(id) {
			continue
		}
		f := new(ServedFact)
		if !m.pass.ImportObjectFact(v, f) {
			continue
		}
		lib := serverByName(f.Library)
		if lib == nil {
			continue
		}
		at := cur
		if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
			at = cur.Parent() // token.Srv
		}
		node, served := m.servesAuthorize(at, lib)
		if !served {
			continue
		}
		done[v] = true
		sc := &ServerConfig{Library: f.Library, Node: node, Advice: lib.Advice}
		for _, d := range f.Decisions {
			sc.Decisions[d.Decision] = ServerDecision{
				Status: knowledge.Allowed,
				Node:   node,
				Why:    fmt.Sprintf("%s (the server %s.%s, configured at %s, whose authorization endpoint this package serves)", d.Why, v.Pkg().Name(), v.Name(), f.At),
			}
		}
		m.result.Server.Configs = append(m.result.Server.Configs, sc)
	}
}

// servesAuthorize judges one use of an imported server variable: a
// method selection is served when the method is one of the library's
// AuthorizeMethods; any other use (an argument, an assignment) hands the
// server to code that may serve it. It returns the node to report.
func (m *model) servesAuthorize(at inspector.Cursor, lib *knowledge.Server) (ast.Node, bool) {
	e := at.Node()
	sel, ok := at.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.X != e {
		return e, true
	}
	s, ok := m.info.Selections[sel]
	if !ok {
		return e, true
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return nil, false // a field: srv.Config
	}
	if !slices.ContainsFunc(lib.AuthorizeMethods, func(f knowledge.Func) bool { return m.libFunc(fn.Origin(), f) }) {
		return nil, false
	}
	if call, ok := at.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == sel {
		return call, true
	}
	return sel, true // a method value: handler(token.Srv.HandleAuthorizeRequest)
}

func serverByName(name string) *knowledge.Server {
	for _, s := range knowledge.Servers {
		if s.Name == name {
			return s
		}
	}
	return nil
}
