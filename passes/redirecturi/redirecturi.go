// Package redirecturi defines an Analyzer that reports authorization
// servers that match redirect URIs by prefix, suffix, host or pattern
// instead of exact string comparison (RFC 9700 §2.1, §4.1.3; OAuth 2.1
// §2.3.1).
package redirecturi

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.RedirectURI

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

const spec = "(RFC 9700 §2.1, §4.1.3; OAuth 2.1 §2.3.1)"

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	rules.ServerFindings(pass, model, knowledge.LooseRedirect, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server does not compare redirect URIs exactly: %s; an attacker who controls a matching URL receives the code; %s %s",
			sd.Why, sc.Advice[knowledge.LooseRedirect], spec))
	})
	rules.ClientFindings(pass, model, knowledge.LooseRedirect, func(c *oauthmodel.StaticClient, ask oauthmodel.ClientAsk) {
		rules.Report(pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
			"this client registration has a wildcard redirect URI: %s; an attacker who controls a matching URL receives the code; %s %s",
			ask.Why, c.Advice[knowledge.LooseRedirect], spec))
	})
	for _, rc := range model.Server.RedirectChecks {
		if rc.How == oauthmodel.Wildcard {
			line := pass.Fset.Position(rc.Exact.Pos()).Line
			rules.Report(pass, rule, rc.Node.Pos(), rc.Node.End(), fmt.Sprintf(
				"redirect_uri matched by wildcard: a registered value of \"*\" (%s) accepts every requested URI, where the same value is otherwise compared exactly (line %d), so a client registered with \"*\" sends its codes and tokens wherever a link names; register each client's exact redirect URIs and drop the wildcard, letting only a native client's loopback port vary %s",
				types.ExprString(rc.Node), line, spec))
			continue
		}
		how, example := describe(rc)
		if rc.Via != nil {
			example = "this call hands the requested URI to " + rules.FuncName(pass, rc.Via) + ", which compares it at " + rc.ViaAt + ", and " + example
		}
		rules.Report(pass, rule, rc.Node.Pos(), rc.Node.End(), fmt.Sprintf(
			"redirect_uri matched by %s, not exact comparison: %s; compare the whole requested URI with a registered one (==), letting only a native client's loopback port vary %s",
			how, example, spec))
	}
	for _, u := range model.Server.Unchecked {
		if u.CheckedAt != nil && u.Refused {
			rules.Report(pass, rule, u.Node.Pos(), u.Node.End(), fmt.Sprintf(
				"redirect to a redirect_uri the check refused: this error reply runs when the check of the requested URI (line %d) fails, and sends the browser to that URI all the same (read at line %d), so any link makes this authorization endpoint an open redirector to a site of the sender's choosing; answer an unknown client or unregistered redirect URI with an error page, not a redirect (RFC 6749 §4.1.2.1, RFC 9700 §4.11.2)",
				pass.Fset.Position(u.CheckedAt.Pos()).Line, pass.Fset.Position(u.Requested.Pos()).Line))
			continue
		}
		if u.CheckedAt != nil {
			rules.Report(pass, rule, u.Node.Pos(), u.Node.End(), fmt.Sprintf(
				"redirect to a redirect_uri not yet checked: this error reply sends the browser to whatever URI the request names (read at line %d) before the handler checks it (line %d), so any link makes this authorization endpoint an open redirector to a site of the sender's choosing; answer errors found before the client and its redirect URI are validated with an error page, not a redirect (RFC 6749 §4.1.2.1, RFC 9700 §4.11.2)",
				pass.Fset.Position(u.Requested.Pos()).Line, pass.Fset.Position(u.CheckedAt.Pos()).Line))
			continue
		}
		what := "code"
		switch u.Carries {
		case "access_token":
			what = "access token"
		case "id_token":
			what = "ID token"
		}
		p := pass.Fset.Position(u.Requested.Pos())
		if u.HostOnly != nil {
			h := pass.Fset.Position(u.HostOnly.Pos())
			rules.Report(pass, rule, u.Node.Pos(), u.Node.End(), fmt.Sprintf(
				"redirect_uri checked by host only: this authorization response sends the %s to the URI the request names (read at line %d), of which the handler reads nothing but the host (%s at line %d), so any path, port or scheme on that host receives it (an open redirect there hands it on); compare the whole requested URI with a registered one (==) before redirecting %s",
				what, p.Line, types.ExprString(u.HostOnly), h.Line, spec))
			continue
		}
		where := fmt.Sprintf("read at line %d", p.Line)
		if u.Kept != nil {
			where = fmt.Sprintf("read at %s:%d and kept in %s until this handler reads it back", filepath.Base(p.Filename), p.Line, keptField(pass, u.Kept))
		}
		rules.Report(pass, rule, u.Node.Pos(), u.Node.End(), fmt.Sprintf(
			"redirect_uri never checked: this authorization response sends the %s to whatever URI the request names (%s) without comparing it with the client's registered one, so a link with the attacker's URI receives it; compare the whole requested URI with a registered one (==) before redirecting %s",
			what, where, spec))
	}
	return nil, nil
}

// describe names the kind of match and what it lets through.
func describe(rc *oauthmodel.RedirectCheck) (how, example string) {
	name := rc.How[strings.LastIndex(rc.How, "/")+1:] // "path/filepath.Match" → "filepath.Match"
	prefix, substring := "strings.HasPrefix", "strings.Contains"
	call, _ := rc.Node.(*ast.CallExpr)
	if call == nil {
		return "", ""
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Index" && rc.Via == nil {
		prefix, substring = "strings.Index compared with 0", "strings.Index compared with -1"
	}
	switch {
	case rc.Refuses && strings.HasSuffix(rc.How, "HasPrefix"):
		return "prefix (" + prefix + "), the wrong way round", "the request is refused when the URI starts with the registered one, so every URI that does not (any other host) passes"
	case rc.Refuses:
		return name + ", the wrong way round", "the request is refused when the URI matches, so every URI that does not (any other host) passes"
	case strings.HasSuffix(rc.How, "HasPrefix") && strings.HasSuffix(rc.Constant, "/"):
		return "prefix (" + prefix + ")", "any URI under the registered one passes (another page of the site, whose open redirect or injected script then receives what the response carries)"
	case strings.HasSuffix(rc.How, "HasPrefix"):
		return "prefix (" + prefix + ")", "any URI that starts with the registered one passes (another path, a longer host name such as …/cb.attacker.example)"
	case strings.HasSuffix(rc.How, "HasSuffix") && len(rc.Constant) > 1 && rc.Constant[0] == '.':
		return "suffix (strings.HasSuffix)", "every host under " + rc.Constant[1:] + " passes, including one the attacker can make there (attacker" + rc.Constant + " on a shared hosting domain, a forgotten subdomain)"
	case strings.HasSuffix(rc.How, "HasSuffix"):
		return "suffix (strings.HasSuffix)", "any host or path that ends like the registered one passes (attacker-example.com ends with example.com)"
	case strings.HasSuffix(rc.How, "Contains"):
		return "substring (" + substring + ")", "any URI that contains the registered text passes, wherever it points"
	case strings.HasSuffix(rc.How, ".Match") && !strings.Contains(rc.How, "regexp"):
		return "pattern (" + name + ")", "every URI the wildcard matches passes, including ones the attacker registers"
	}
	return "regular expression", "every URI the pattern matches passes: an unanchored or loose pattern (an unescaped dot, a missing $), or one matched against the host alone, lets other hosts or paths through"
}

// keptField names the field of a kept record: its struct type's name and
// the field (pendingLogin.RedirectURI), or the selection as written.
func keptField(pass *analysis.Pass, sel *ast.SelectorExpr) string {
	if s, ok := pass.TypesInfo.Selections[sel]; ok {
		t := s.Recv()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return n.Obj().Name() + "." + sel.Sel.Name
		}
	}
	return types.ExprString(sel)
}
