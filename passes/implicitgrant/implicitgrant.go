// Package implicitgrant defines an Analyzer that reports implicit grants:
// authorization requests whose response_type returns an access token in
// the authorization response (RFC 9700 §2.1.2).
package implicitgrant

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/internal/rules"
	"github.com/oauthvet/oauthvet/passes/clientkind"
	"github.com/oauthvet/oauthvet/passes/internal/guard"
	"github.com/oauthvet/oauthvet/passes/oauthmodel"
	"github.com/oauthvet/oauthvet/passes/oauthmodel/knowledge"
	"github.com/oauthvet/oauthvet/passes/suppress"
)

var rule = rules.ImplicitGrant

var Analyzer = &analysis.Analyzer{
	Name:             rule.ID,
	Doc:              rule.Doc(),
	URL:              rule.URL(),
	RunDespiteErrors: true, // ill-typed code still gets the findings types allow
	Requires:         []*analysis.Analyzer{oauthmodel.Analyzer, clientkind.Analyzer, suppress.Analyzer},
	Run:              guard.Run(rule.ID, run),
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[oauthmodel.Analyzer].(*oauthmodel.Result)
	kinds := pass.ResultOf[clientkind.Analyzer].(*clientkind.Result)
	for _, req := range model.AuthRequests {
		// A helper's URL is judged where the helper builds it, unless
		// this call chose its response type.
		rt, ok := req.ImplicitResponseType()
		if !ok || req.Route == oauthmodel.RouteHelper && !req.CallerResponseType || rules.InTestFile(pass, req.Node.Pos()) {
			continue
		}
		at := req.ResponseType.Node
		if at == nil {
			at = req.Node
		}
		rules.Report(pass, rule, at.Pos(), at.End(), message(rt, !req.ResponseType.Known, req.Path, kinds.Of(req)))
	}
	rules.ServerFindings(pass, model, knowledge.Implicit, func(sc *oauthmodel.ServerConfig, sd oauthmodel.ServerDecision) {
		rules.Report(pass, rule, sd.Node.Pos(), sd.Node.End(), fmt.Sprintf(
			"this authorization server allows the implicit grant%s: %s; %s (RFC 9700 §2.1.2, OAuth 2.1 §10.1)",
			rules.ServerScope(sc), sd.Why, sc.Advice[knowledge.Implicit]))
	})
	rules.ClientFindings(pass, model, knowledge.Implicit, func(c *oauthmodel.StaticClient, ask oauthmodel.ClientAsk) {
		rules.Report(pass, rule, ask.Node.Pos(), ask.Node.End(), fmt.Sprintf(
			"this client registration asks for the implicit grant: %s, so the authorization server returns its access tokens in the browser; %s (RFC 9700 §2.1.2, OAuth 2.1 §10.1)",
			ask.Why, c.Advice[knowledge.Implicit]))
	})
	return nil, nil
}

func message(responseType string, somePaths bool, path string, client clientkind.Client) string {
	head := fmt.Sprintf("implicit grant: response_type=%q returns the access token in the browser", responseType)
	if path != "" {
		// One of the requests the function builds: name its path.
		head = fmt.Sprintf("implicit grant %s: response_type=%q returns the access token in the browser", path, responseType)
	}
	if somePaths {
		head = fmt.Sprintf("implicit grant: response_type may be %q, which returns the access token in the browser", responseType)
	}
	switch client.Kind {
	case clientkind.Server:
		return fmt.Sprintf("%s, in %s that could keep it on the server: use response_type=code and exchange the code on the server, with PKCE (RFC 9700 §2.1.2)", head, client.Describe())
	case clientkind.Native:
		return fmt.Sprintf("%s, in %s: use the authorization code flow with PKCE (S256) and a loopback or private-scheme redirect (RFC 9700 §2.1.2, RFC 8252 §8.2)", head, client.Describe())
	case clientkind.Browser:
		return fmt.Sprintf("%s, in %s: use the authorization code flow with PKCE (S256) instead (RFC 9700 §2.1.2, OAuth 2.1 §10.1)", head, client.Describe())
	}
	return head + ", where any script, history entry or referrer can leak it: use response_type=code with PKCE (S256) (RFC 9700 §2.1.2)"
}
