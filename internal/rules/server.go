package rules

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
)

// ServerFindings calls report for each server configuration in the
// package that allows decision d, outside test files, where the clients
// the code registers can use it.
func ServerFindings(pass *analysis.Pass, model *oauthmodel.Result, d knowledge.Decision, report func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision)) {
	for _, sc := range model.Server.Configs {
		sd := sc.Decisions[d]
		if sd.Status != knowledge.Allowed || sd.Node == nil || InTestFile(pass, sd.Node.Pos()) || !sc.Usable(d) {
			continue
		}
		report(sc, sd)
	}
}

// ClientFindings calls report for each client registration in the
// package that itself asks for decision d (a token response type, the
// password grant, a public application registered as confidential),
// outside test files, unless a server configuration of its library in
// the package decides d: allowed, the server's finding covers it;
// forbidden, the registration cannot use it.
func ClientFindings(pass *analysis.Pass, model *oauthmodel.Result, d knowledge.Decision, report func(c *oauthmodel.StaticClient, ask oauthmodel.ClientAsk)) {
	for _, c := range model.Server.Clients {
		ask := c.Asks[d]
		if ask.Node == nil || InTestFile(pass, ask.Node.Pos()) {
			continue
		}
		decided := false
		for _, sc := range model.Server.Configs {
			if sc.Library == c.Library && sc.Decisions[d].Status != knowledge.Unknown {
				decided = true
			}
		}
		if !decided {
			report(c, ask)
		}
	}
}

// ServerFix turns a decision's fix into a suggested fix: drop a field
// from a configuration literal, or add Field: true to it.
func ServerFix(pass *analysis.Pass, f oauthmodel.ServerFix, message string) []analysis.SuggestedFix {
	lit := f.Lit
	if lit == nil {
		return nil
	}
	tf := pass.Fset.File(lit.Pos())
	if tf == nil {
		return nil
	}
	lineOf := tf.Line
	var edit analysis.TextEdit
	switch {
	case f.Remove != nil:
		i := -1
		for j, e := range lit.Elts {
			if e == f.Remove {
				i = j
			}
		}
		if i < 0 {
			return nil
		}
		prev, next := lit.Lbrace+1, lit.Rbrace
		if i > 0 {
			prev = lit.Elts[i-1].End()
		}
		if i+1 < len(lit.Elts) {
			next = lit.Elts[i+1].Pos()
		}
		kv := f.Remove
		l := lineOf(kv.Pos())
		switch {
		case lineOf(prev) < l && lineOf(next) > lineOf(kv.End()) && lineOf(kv.End())+1 <= tf.LineCount():
			edit = analysis.TextEdit{Pos: tf.LineStart(l), End: tf.LineStart(lineOf(kv.End()) + 1)}
		case i+1 < len(lit.Elts):
			edit = analysis.TextEdit{Pos: kv.Pos(), End: next}
		case i > 0:
			edit = analysis.TextEdit{Pos: prev, End: kv.End()}
		default:
			edit = analysis.TextEdit{Pos: kv.Pos(), End: kv.End()}
		}
	case f.Field != "":
		text := f.Field + ": true"
		switch {
		case len(lit.Elts) == 0:
			edit = analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(text)}
		case lineOf(lit.Rbrace) > lineOf(lit.Elts[len(lit.Elts)-1].End()):
			last := lit.Elts[len(lit.Elts)-1]
			at := tf.LineStart(lineOf(lit.Rbrace))
			indent := indentOf(pass, last)
			edit = analysis.TextEdit{Pos: at, End: at, NewText: []byte(indent + text + ",\n")}
		default:
			edit = analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(", " + text)}
		}
	default:
		return nil
	}
	return []analysis.SuggestedFix{{Message: message, TextEdits: []analysis.TextEdit{edit}}}
}

// indentOf is the indentation of the line n starts on, when n is the
// first thing on it (tabs only, as gofmt writes).
func indentOf(pass *analysis.Pass, n ast.Node) string {
	col := pass.Fset.Position(n.Pos()).Column
	if col < 1 {
		return ""
	}
	b := make([]byte, col-1)
	for i := range b {
		b[i] = '\t'
	}
	return string(b)
}

// ServerScope is " for every client" where a server's configuration
// decides for all its clients, and nothing for a hand-written endpoint,
// whose code may still check each client's registration in a package the
// model does not see from there.
func ServerScope(sc *oauthmodel.ServerConfig) string {
	if sc.Library == knowledge.HandBuilt.Name {
		return ""
	}
	return " for every client"
}
