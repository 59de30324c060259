// Package ignoredirective defines an Analyzer that checks the
// //oauthvet:ignore directives themselves: a directive must name a known
// rule, give a reason, and silence a finding. A stale or careless
// suppression hides the next real finding on that line.
package ignoredirective

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/challengemethod"
	"github.com/oauthvet/oauthvet/passes/implicitgrant"
	"github.com/oauthvet/oauthvet/passes/insecureendpoint"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/oauthstate"
	"github.com/oauthvet/oauthvet/passes/oidcverify"
	"github.com/oauthvet/oauthvet/passes/passwordgrant"
	"github.com/oauthvet/oauthvet/passes/pkce"
	"github.com/oauthvet/oauthvet/passes/redirecturi"
	"github.com/oauthvet/oauthvet/passes/suppress"
	"github.com/oauthvet/oauthvet/passes/tokenleak"
)

var rule = rules.IgnoreDirective

// New returns the analyzer checking directives against the given rule
// analyzers (which it requires, so that they have run on the package
// before it looks at which directives they used).
func New(ruleAnalyzers ...*analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             rule.ID,
		Doc:              rule.Doc(),
		URL:              rule.URL(),
		RunDespiteErrors: true, // ill-typed code still gets the findings types allow
		Requires:         append([]*analysis.Analyzer{suppress.Analyzer}, ruleAnalyzers...),
		Run:              guard.Run(rule.ID, run),
	}
}

var Analyzer = New(implicitgrant.Analyzer, passwordgrant.Analyzer, pkce.Analyzer, challengemethod.Analyzer, redirecturi.Analyzer, oauthstate.Analyzer, insecureendpoint.Analyzer, tokenleak.Analyzer, oidcverify.Analyzer)

func run(pass *analysis.Pass) (any, error) {
	ds := pass.ResultOf[suppress.Analyzer].(*suppress.Directives)
	for _, d := range ds.List {
		var msg string
		switch {
		case d.Rule == "":
			msg = "//oauthvet:ignore names no rule: write //oauthvet:ignore RULE reason (rules: " + ruleIDs() + ")"
		case rules.Lookup(d.Rule) == nil || d.Rule == rule.ID:
			msg = fmt.Sprintf("//oauthvet:ignore names unknown rule %q (rules: %s)", d.Rule, ruleIDs())
		case d.Reason == "":
			msg = fmt.Sprintf("//oauthvet:ignore %s gives no reason: say why this %s finding is safe, so the next reader can check it", d.Rule, d.Rule)
		case !d.Used():
			msg = fmt.Sprintf("//oauthvet:ignore %s silences nothing: no %s finding on this line or the next; remove the directive", d.Rule, d.Rule)
		default:
			continue
		}
		rules.Report(pass, rule, d.Pos, d.End, msg)
	}
	return nil, nil
}

func ruleIDs() string {
	var ids []string
	for _, r := range rules.All {
		if r != rule {
			ids = append(ids, r.ID)
		}
	}
	return strings.Join(ids, ", ")
}
